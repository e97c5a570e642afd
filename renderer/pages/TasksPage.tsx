// Placeholder until this page is built (see the open issues).
export function TasksPage() {
  return <h1>Tasks</h1>;
}
