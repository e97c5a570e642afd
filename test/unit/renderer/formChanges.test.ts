// What an editor sends: only the fields whose value differs from the record as loaded; the same
// comparison says whether the form holds unsaved edits.
import { describe, expect, it } from 'vitest';
import { changedKeys, isEmptyPatch, patchOf, sameFormValue } from '../../../renderer/components/formChanges';

const loaded = {
  code: '1.2',
  progress: 20,
  dueDate: '2026-12-31' as string | null,
  supportingAgencyIds: ['a', 'b'],
  signer: { title: 'PHÓ TRƯỞNG BAN', name: '' },
};

describe('form changes', () => {
  it('an untouched form has no change and an empty patch', () => {
    expect(changedKeys(loaded, { ...loaded, supportingAgencyIds: ['a', 'b'] })).toEqual([]);
    expect(isEmptyPatch(patchOf(loaded, { ...loaded }))).toBe(true);
  });

  it.each([
    ['a number', { progress: 60 }, ['progress']],
    ['a date cleared', { dueDate: null }, ['dueDate']],
    ['a list reordered', { supportingAgencyIds: ['b', 'a'] }, ['supportingAgencyIds']],
    ['a nested field', { signer: { title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn A' } }, ['signer']],
  ])('%s is the only change', (_what, change, keys) => {
    const values = { ...loaded, ...change };
    expect(changedKeys(loaded, values)).toEqual(keys);
    expect(patchOf(loaded, values)).toEqual(change);
  });

  it('compares texts exactly and lists by content', () => {
    expect(sameFormValue('60', '60')).toBe(true);
    expect(sameFormValue('60', '60 ')).toBe(false);
    expect(sameFormValue(['x'], ['x'])).toBe(true);
    expect(sameFormValue(null, '')).toBe(false);
  });
});
