// The renderer's pure pieces of the trust and centre screens: the fingerprint comparison that tells the
// person which group of four differs, the batches dropped files go to the backend in, and the periods
// the centre's table offers.
import { describe, expect, it } from 'vitest';
import { MAX_FILES_PER_CALL } from '../../../shared/api/trustSchemas';
import { BATCH_BASE64_BYTES, batchesOf } from '../../../renderer/pages/centre/receiveBatches';
import { centrePeriods } from '../../../renderer/pages/centre/periods';
import { compareFingerprint, groupsOf } from '../../../renderer/pages/trust/fingerprint';

const FP = '2EF2 6878 4ECD 5390 3930 8932 A90B A084 A315 591A B199 964F 6064 88C8 83B7 7E0B';

describe('fingerprint comparison', () => {
  it('counts matching groups while typing and is complete only with all 64 digits', () => {
    expect(groupsOf(FP)).toHaveLength(16);
    expect(compareFingerprint(FP, '')).toEqual({ matching: 0, mismatch: null, complete: false });
    expect(compareFingerprint(FP, '2EF2 6878 4E')).toEqual({ matching: 2, mismatch: null, complete: false });
    expect(compareFingerprint(FP, FP)).toEqual({ matching: 16, mismatch: null, complete: true });
  });

  it('reads any spelling: lower case, colons, no spaces', () => {
    expect(compareFingerprint(FP, FP.replace(/ /g, '').toLowerCase()).complete).toBe(true);
    expect(compareFingerprint(FP, FP.replace(/ /g, ':')).complete).toBe(true);
  });

  it('names the first group that differs, with both spellings', () => {
    const typed = FP.replace('5390', '5391');
    expect(compareFingerprint(FP, typed)).toEqual({
      matching: 3,
      mismatch: { group: 4, typed: '5391', shown: '5390' },
      complete: false,
    });
  });

  it('is never complete with more digits than the fingerprint has', () => {
    expect(compareFingerprint(FP, `${FP} 1234`).complete).toBe(false);
  });
});

describe('receive batches', () => {
  const file = (n: number, size = 10) => ({ name: `f${n}`, base64: 'x'.repeat(size) });

  it('keeps the order and at most MAX_FILES_PER_CALL files a call', () => {
    const files = Array.from({ length: MAX_FILES_PER_CALL + 3 }, (_, i) => file(i));
    const batches = batchesOf(files);
    expect(batches.map((b) => b.length)).toEqual([MAX_FILES_PER_CALL, 3]);
    expect(batches.flat().map((f) => f.name)).toEqual(files.map((f) => f.name));
  });

  it('starts a new batch before the base64 passes the size a request takes', () => {
    const half = BATCH_BASE64_BYTES / 2 + 1;
    expect(batchesOf([file(1, half), file(2, half), file(3, 5)]).map((b) => b.length)).toEqual([1, 2]);
  });

  it('sends a single large file alone rather than not at all', () => {
    expect(batchesOf([file(1, BATCH_BASE64_BYTES + 1)])).toHaveLength(1);
  });
});

describe('centre periods', () => {
  it('offers the current and last quarter and every received period, newest first', () => {
    expect(centrePeriods(['2025-Q4', null, '2025', '2025-H1', '2025-Q4'], '2026-02-10')).toEqual([
      '2026-Q1',
      '2025',
      '2025-Q4',
      '2025-H1',
    ]);
  });

  it('goes back across the year from the first quarter', () => {
    expect(centrePeriods([], '2026-01-05')).toEqual(['2026-Q1', '2025-Q4']);
  });
});
