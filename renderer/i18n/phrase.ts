// A phrase with one value put in, translated once: a table asks for the same phrase on every row and
// every column ("Chọn nhiệm vụ {{code}}"), and i18next parses the key, looks it up and interpolates on
// each t() call, 0.1-0.3 ms apiece while the first frame's code is still cold (issue 10: a fifth of the
// task list's i18next calls in that frame were these).
import type { TFunction } from 'i18next';

/** A character no translation or value contains (Unicode's last private-use code point of plane 0). */
const MARKER = '\uF8FF';

/**
 * `phrase(t, 'tasks.table.selectRow', 'code')` is `(code) => t('tasks.table.selectRow', { code })`, with
 * the lookup and the interpolation done once, here: i18next puts a marker where the value goes, and
 * each call puts the value there. Only for a plain `{{name}}` (no format, no plural, no nesting on it):
 * those depend on the value, which the marker is not.
 */
export function phrase(t: TFunction, key: string, name: string): (value: string | number) => string {
  const parts = t(key, { [name]: MARKER }).split(MARKER);
  return parts.length === 1 ? () => parts[0]! : (value) => parts.join(String(value));
}
