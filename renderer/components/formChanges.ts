// What a form changed: the fields whose value differs from the record as it was loaded. The same
// comparison tells the unsaved-changes guard that a form is dirty (on the texts the person typed) and
// gives the patch an editor sends (on the values read from them), so a save carries exactly the fields
// the person changed and the history shows only those.

/** Equal form values: texts and numbers as they are, lists and objects by content. */
export function sameFormValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The keys of `after` whose value differs from `before`'s. */
export function changedKeys<T extends object>(before: T, after: T): (keyof T & string)[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((k) => !sameFormValue(before[k], after[k]));
}

/** Only the fields of `values` that differ from `loaded`: what an edit form sends. */
export function patchOf<T extends object>(loaded: T, values: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const k of changedKeys(loaded, values)) patch[k] = values[k];
  return patch;
}

export const isEmptyPatch = (patch: object): boolean => Object.keys(patch).length === 0;
