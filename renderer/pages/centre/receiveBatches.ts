// Dropped files go to centre.receive in batches the backend takes: at most MAX_FILES_PER_CALL files and
// about 6 MB of base64 a call (browser mode takes 8 MB a request, with room for the JSON around it).
import { MAX_FILES_PER_CALL } from '../../../shared/api/trustSchemas';

export const BATCH_BASE64_BYTES = 6 * 1024 * 1024;

/** Splits files (with their base64 length) into batches, keeping their order. */
export function batchesOf<T extends { base64: string }>(files: T[]): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let size = 0;
  for (const f of files) {
    if (
      batch.length > 0 &&
      (batch.length >= MAX_FILES_PER_CALL || size + f.base64.length > BATCH_BASE64_BYTES)
    ) {
      out.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(f);
    size += f.base64.length;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}
