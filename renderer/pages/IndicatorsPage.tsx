// Placeholder until this page is built (see the open issues).
export function IndicatorsPage() {
  return <h1>Indicators</h1>;
}
