import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n/i18n';

/** Each language named in itself, so that someone who reads only that one can find it. */
const NAMES = { nl: 'Nederlands', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('app.language')}>
      <ul className="dh-language">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              aria-pressed={i18n.language === language}
              onClick={() => void setLanguage(language)}
            >
              {NAMES[language]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
