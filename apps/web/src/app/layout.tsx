import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { StaffMenu } from '../auth/staff-menu';
import { LanguageSwitch } from './language-switch';

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="dh-skip-link utrecht-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="dh-header">
        <div className="dh-header__inner">
          <Link className="dh-brand" to="/" aria-label={t('app.home')}>
            {t('app.name')}
          </Link>
          <StaffMenu />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="dh-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
