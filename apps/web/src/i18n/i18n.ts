import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES } from './catalogues';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'driehoek.language';

/** Dutch unless the person chose English on this device before. */
export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts until the tab closes.
  }
  await i18n.changeLanguage(language);
}

export const i18n = i18next;

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: CATALOGUES.nl }, en: { translation: CATALOGUES.en } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES,
  // React escapes what it renders; i18next must not escape it a second time.
  interpolation: { escapeValue: false },
  initAsync: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;
