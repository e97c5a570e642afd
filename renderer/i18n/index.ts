// i18next setup. App-wide strings live in vi.ts / en.ts; each page folder registers its own bundle with
// `registerStrings('tasks', { vi, en })` from its strings.ts, so two people can add keys without
// touching the same file. Vietnamese is the default and the fallback.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

const LANG_KEY = 'tiendo.lang';
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

function storedLang(): Lang {
  const stored = localStorage.getItem(LANG_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

const initial = storedLang();
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false, // resources are bundled: render the first frame already translated
});

export function setLanguage(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** i18next plural keys ('days_one', 'days_other') a language may need where Vietnamese has none. */
type PluralForms = { [key: `${string}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`]: string };

/** Widens string literals so the English bundle only has to match the Vietnamese one's shape. */
export type StringsOf<T> = { [K in keyof T]: T[K] extends string ? string : StringsOf<T[K]> } & PluralForms;

/** The keys of `bundle` (written `${prefix}.…`) that `existing`, the strings already there, also has. */
function takenKeys(existing: unknown, bundle: object, prefix: string): string[] {
  if (typeof existing !== 'object' || existing === null) return [];
  const present = existing as Record<string, unknown>;
  return Object.entries(bundle).flatMap(([key, value]) => {
    if (!(key in present)) return [];
    return typeof value === 'object' && value !== null
      ? takenKeys(present[key], value, `${prefix}.${key}`)
      : [`${prefix}.${key}`];
  });
}

/**
 * Adds a page's strings under `namespace` (keys become `${namespace}.…`) in both languages. Call once at
 * module top level in the page's strings.ts; deep-merges, never overwrites keys someone else registered.
 */
export function registerStrings<T extends object>(
  namespace: string,
  bundles: { vi: T; en: StringsOf<T> },
): void {
  // A namespace may gain keys from several files, but a key given twice would be replaced silently, one
  // screen then showing another's words. The check walks the namespace's strings once (the shell's
  // modules register theirs before the first frame; a lookup per key cost i18next's path parsing each).
  const taken = takenKeys(i18n.getResource('vi', 'translation', namespace), bundles.vi, namespace);
  if (taken.length > 0) throw new Error(`i18n: these keys are already taken: ${taken.join(', ')}`);
  i18n.addResourceBundle('vi', 'translation', { [namespace]: bundles.vi }, true, false);
  i18n.addResourceBundle('en', 'translation', { [namespace]: bundles.en }, true, false);
}

export { i18n };
