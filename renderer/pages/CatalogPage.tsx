// Placeholder until this page is built (see the open issues).
export function CatalogPage() {
  return <h1>Catalog</h1>;
}
