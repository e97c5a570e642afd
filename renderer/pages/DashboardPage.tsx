// Placeholder until this page is built (see the open issues).
export function DashboardPage() {
  return <h1>Dashboard</h1>;
}
