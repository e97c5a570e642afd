// Words a catalogued message (catalogue.ts) in Vietnamese or English, and checks a key and parameters
// that came from another process before wording them.
import { MESSAGES, type Entry, type MessageKey, type ParamValue, type ParamsOf } from './catalogue';

export type Lang = 'vi' | 'en';
export type Params = Record<string, ParamValue>;

/** A message as it crosses the process boundary: the key and its parameters. */
export interface Keyed {
  key: string;
  params: Params;
}

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** The Vietnamese of a key (what `message` carries). */
export function sayVi<K extends MessageKey>(key: K, params: ParamsOf<K>): string {
  const e: Entry<string> = MESSAGES[key];
  return e.vi(params);
}

export function codeOf(key: MessageKey): string {
  return MESSAGES[key].code;
}

/**
 * A key and parameters from another process worded in `lang`, or null when the key is unknown (an
 * older or newer backend) or a parameter it needs is missing: the caller then shows the Vietnamese.
 */
export function wordKeyed(keyed: Keyed, lang: Lang): string | null {
  if (!isMessageKey(keyed.key)) return null;
  const e: Entry<string> = MESSAGES[keyed.key];
  const params: Record<string, ParamValue> = {};
  for (const name of e.params) {
    const value = keyed.params[name];
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    params[name] = value;
  }
  return lang === 'en' ? e.en(params) : e.vi(params);
}

/** Checks a value from another process is a { key, params } pair. */
export function readKeyed(value: unknown): Keyed | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || typeof params !== 'object' || params === null) return null;
  const out: Params = {};
  for (const [name, v] of Object.entries(params))
    if (typeof v === 'string' || typeof v === 'number') out[name] = v;
  return { key, params: out };
}

// ---------------------------------------------------------------------------------------------------
// Messages of the zod schemas and the shared rules: zod carries a message string only, so each catalogued
// message is remembered by its Vietnamese; the API (and the renderer, which runs the same schemas in its
// forms) finds the key and parameters again from the text. Bounded: the schemas' messages are built once
// at load; the rules' few per-call ones (dates) make the least recently used go when the memory is full.

const MAX_REMEMBERED = 5000;
const remembered = new Map<string, Keyed>();

/** Least recently used goes first: a schema's message seen again stays. */
function remember(vi: string, keyed: Keyed): void {
  remembered.delete(vi);
  remembered.set(vi, keyed);
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value ?? '');
}

/** The Vietnamese of a key, remembered so the text can be worded in English later (see above). */
export function fieldMessage<K extends MessageKey>(key: K, params: ParamsOf<K>): string {
  const vi = sayVi(key, params);
  remember(vi, { key, params });
  return vi;
}

/** Remembers a key's Vietnamese that arrived from another process (the renderer, for API field errors). */
export function rememberMessage(vi: string, keyed: Keyed): void {
  remember(vi, keyed);
}

/** The key and parameters of a remembered Vietnamese message, if any. */
export function keyedOf(vi: string): Keyed | undefined {
  const keyed = remembered.get(vi);
  if (keyed) remember(vi, keyed);
  return keyed;
}
