// Placeholder until this page is built (see the open issues).
export function ReportsPage() {
  return <h1>Reports</h1>;
}
