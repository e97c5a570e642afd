import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

const LANG_KEY = 'tiendo.lang';

export type Lang = 'vi' | 'en';

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: (localStorage.getItem(LANG_KEY) as Lang | null) ?? 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export function setLanguage(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export { i18n };
