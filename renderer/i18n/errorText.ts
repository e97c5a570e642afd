// Errors in the chosen language. The backend sends each catalogued message's key and parameters beside
// its Vietnamese (shared/errors); the renderer words them in English when English is chosen, and shows
// the Vietnamese `message` when the key is unknown (an older backend) or the language is Vietnamese.
// The schemas' own messages (forms run them too) are found again by their Vietnamese.
import type { ApiCallError } from '../../shared/api/client';
import { keyedOf, readKeyed, rememberMessage, wordKeyed } from '../../shared/errors/wording';
import i18n from 'i18next';

// The i18next instance renderer/i18n/index.ts sets up, read without importing that module: form helpers
// that use these functions also run in node tests, where there is no localStorage.
const currentLang = () => (i18n.language === 'en' ? 'en' : 'vi');

/** A message that may carry a key: the key's wording in the chosen language, else the Vietnamese. */
export function wordMessage(message: string, keyed?: unknown): string {
  const lang = currentLang();
  const found = readKeyed(keyed) ?? keyedOf(message);
  if (!found) return message;
  return wordKeyed(found, lang) ?? message;
}

/** A failed call's message in the chosen language. */
export function errorText(error: ApiCallError): string {
  return wordMessage(error.message, { key: error.key, params: error.params });
}

/**
 * A field problem from the backend in the chosen language; its Vietnamese is remembered with its key so
 * a form that keeps the text (react-hook-form's error) can word it again.
 */
export function fieldText(field: { message: string; key?: string; params?: unknown }): string {
  const keyed = readKeyed(field);
  if (keyed) rememberMessage(field.message, keyed);
  return wordMessage(field.message, keyed);
}
