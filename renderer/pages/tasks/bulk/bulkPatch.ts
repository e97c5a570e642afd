// The bulk bar's values and the patch they make: only what the officer set goes into it, exactly as
// shown in the bar (tasks.bulkUpdate's patch, the `bulk` fields of shared/tasks/fields).
import type { Input } from '../../../../shared/api/contract';
import type { TaskState } from '../../../../shared/domain';
import { TASK_FIELDS } from '../../../../shared/tasks/fields';
import { readNumberText } from '../../../components';

export type BulkPatch = Input<'tasks.bulkUpdate'>['patch'];

/** The fields the bar offers, in the form's order. */
export const BULK_FIELDS = TASK_FIELDS.filter((f) => f.bulk).map((f) => f.name);

export interface BulkValues {
  state: TaskState | '';
  progress: string;
  /** The completion date to set (shown for "Hoàn thành"). */
  completedOn: string | null;
  /** Clear the completion date (offered for any other state). */
  clearCompleted: boolean;
  leadAgencyId: string;
  pillarId: string;
  dueDate: string | null;
}

export const EMPTY_BULK: BulkValues = {
  state: '',
  progress: '',
  completedOn: null,
  clearCompleted: false,
  leadAgencyId: '',
  pillarId: '',
  dueDate: null,
};

export function readBulkPatch(
  v: BulkValues,
): { ok: true; patch: BulkPatch } | { ok: false; problem: 'nothing' | 'progress' } {
  const patch: BulkPatch = {};
  if (v.state) patch.state = v.state;
  if (v.progress.trim()) {
    const n = readNumberText(v.progress);
    if (!n.ok || n.value === null || !Number.isInteger(n.value) || n.value < 0 || n.value > 100) {
      return { ok: false, problem: 'progress' };
    }
    patch.progress = n.value;
  }
  if (v.state === 'hoan_thanh' && v.completedOn) patch.completedOn = v.completedOn;
  else if (v.state && v.state !== 'hoan_thanh' && v.clearCompleted) patch.completedOn = null;
  if (v.leadAgencyId) patch.leadAgencyId = v.leadAgencyId;
  if (v.pillarId) patch.pillarId = v.pillarId;
  if (v.dueDate) patch.dueDate = v.dueDate;
  return Object.keys(patch).length > 0 ? { ok: true, patch } : { ok: false, problem: 'nothing' };
}
