// Placeholder until this page is built (see the open issues).
export function MeetingsPage() {
  return <h1>Meetings</h1>;
}
