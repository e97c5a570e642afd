import { fromHeaderField } from './compose';

/**
 * Header surgery on a stored message before it goes out by SMTP. Only the header block is touched;
 * the body (and so the attachment the hash describes) is passed on byte for byte.
 */

/** Splits after the last header line: `rest` starts with the blank line that ends the header. */
function splitHeader(eml: Buffer): { header: string; rest: Buffer } {
  const crlf = eml.indexOf('\r\n\r\n');
  const lf = eml.indexOf('\n\n');
  let end = eml.length;
  if (crlf >= 0 && (lf < 0 || crlf < lf)) end = crlf + 2;
  else if (lf >= 0) end = lf + 1;
  // latin1 maps bytes to chars one to one, so the kept header lines turn back into the same bytes.
  return { header: eml.subarray(0, end).toString('latin1'), rest: eml.subarray(end) };
}

/** Header fields with their folded continuation lines, each ending in its own line break. */
function fields(header: string): string[] {
  const lines = header.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && out.length > 0) out[out.length - 1] += line;
    else out.push(line);
  }
  return out;
}

const fieldName = (field: string) => field.slice(0, field.indexOf(':')).trim().toLowerCase();

/**
 * The message as it is sent: without `X-Unsent` (a received mail must not open as a draft at the
 * centre), and with a From line when the draft was made before SMTP settings existed: the field
 * nodemailer writes for the configured sender (RFC 2047 words where the name needs them, folded).
 */
export async function prepareForSending(eml: Buffer, from: string): Promise<Buffer> {
  const { header, rest } = splitHeader(eml);
  const kept = fields(header).filter((f) => fieldName(f) !== 'x-unsent');
  if (from.trim() && !kept.some((f) => fieldName(f) === 'from')) kept.unshift(await fromHeaderField(from));
  return Buffer.concat([Buffer.from(kept.join(''), 'latin1'), rest]);
}
