// A fingerprint as sixteen groups of four, in a grid that reads like the backend's text, for reading
// over the phone. Groups already confirmed by what the person typed are marked.
import { groupsOf } from './fingerprint';

export function FingerprintGroups({
  fingerprint,
  matched = 0,
  label,
  testId,
}: {
  fingerprint: string;
  matched?: number;
  label: string;
  testId?: string;
}) {
  return (
    <p className="fingerprint" data-testid={testId}>
      {/* Read out whole by a screen reader; the grid below is for the eye. */}
      <span className="visually-hidden">{`${label}: ${fingerprint}`}</span>
      {groupsOf(fingerprint).map((g, i) => (
        <span key={i} className={i < matched ? 'fp-group fp-ok' : 'fp-group'} aria-hidden="true">
          {g}
        </span>
      ))}
    </p>
  );
}
