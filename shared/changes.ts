// What the change history leaves out on both sides: fields of a record that are bookkeeping (updatedAt)
// or derived from other records (an agency's open task count, what a merge moved). A person never
// "changed" them, so no history row shows them and no undo writes them back.
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'updatedAt',
  'openTaskCount',
  'taskCount',
  'indicatorCount',
  'conclusionCount',
  'mergedInto',
  'movedTasks',
  'movedIndicators',
  'movedConclusions',
]);
