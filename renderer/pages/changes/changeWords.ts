// A change set's label, actor and "why not undoable" in the chosen language. The backend stores them in
// Vietnamese (the CLI and the file's log read them so); the change set's kind is the key of the labels that
// take no parameters, so those are worded here, and any other label shows as stored.
import type { TFunction } from 'i18next';
import type { ChangeSetView } from '../../../shared/api/types';

/** 'app.createDemo' → 'app_createDemo' (i18next reads dots as nesting). */
const keyOf = (kind: string) => kind.replace(/\./g, '_');

/** The actor the demo province writes as (main/services/demo/province.ts). */
const DEMO_ACTOR = 'Dữ liệu mẫu';

/** The kind's wording in the chosen language, when `stored` is the kind's own Vietnamese; else `stored`. */
function worded(t: TFunction, group: string, kind: string, stored: string): string {
  const key = `history.${group}.${keyOf(kind)}`;
  return t(key, { lng: 'vi', defaultValue: '' }) === stored ? t(key) : stored;
}

export function labelText(t: TFunction, view: Pick<ChangeSetView, 'kind' | 'label'>): string {
  return worded(t, 'kinds', view.kind, view.label);
}

export function actorText(t: TFunction, actor: string): string {
  return actor === DEMO_ACTOR ? t('history.actors.demo') : actor;
}

/** Why not undoable, worded by kind when the stored reason is the kind's own; else as stored. */
export function cannotUndoText(
  t: TFunction,
  view: Pick<ChangeSetView, 'kind' | 'cannotUndo'>,
): string | null {
  if (view.cannotUndo === null) return null;
  return worded(t, 'whyNot', view.kind, view.cannotUndo);
}
