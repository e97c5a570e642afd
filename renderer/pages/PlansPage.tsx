// Placeholder until this page is built (see the open issues).
export function PlansPage() {
  return <h1>Plans</h1>;
}
