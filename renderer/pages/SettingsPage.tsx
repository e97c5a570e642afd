// Placeholder until this page is built (see the open issues).
export function SettingsPage() {
  return <h1>Settings</h1>;
}
