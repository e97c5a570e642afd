// The parts of a document's frame that the secretary edits and both draft tables store the same way
// (report_draft for reports, meeting_notice for notices): the signature block in four columns and
// "Nơi nhận" as one recipient a line.
import type { SignerBlock } from '../../../shared/report/model';

export interface SignerColumns {
  signer_authority: SignerBlock['authority'];
  signer_body: string;
  signer_title: string;
  signer_name: string;
}

export const signerFromRow = (r: SignerColumns): SignerBlock => ({
  authority: r.signer_authority,
  authorityName: r.signer_body,
  title: r.signer_title,
  name: r.signer_name,
});

/** Recipients as stored: trimmed, blank lines dropped, one a line. */
export function joinRecipients(recipients: string[]): string {
  return recipients
    .map((r) => r.trim())
    .filter(Boolean)
    .join('\n');
}
