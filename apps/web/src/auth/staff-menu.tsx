import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useStaffSession } from './session';
import './staff.css';

/** In the header when staff are signed in: who, the way to their home, and signing out. */
export function StaffMenu() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const navigate = useNavigate();
  if (!session) return null;
  const signOut = async () => {
    await session.signOut();
    await navigate('/signin', { replace: true });
  };
  return (
    <nav className="dh-staff-menu" aria-label={t('staff.menu.label')}>
      <Link className="dh-staff-menu__home" to="/staff">
        {t('staff.menu.home')}
      </Link>
      <span className="dh-staff-menu__who">{session.user.name ?? session.user.email}</span>
      <button type="button" onClick={() => void signOut()}>
        {t('staff.signIn.signOut')}
      </button>
    </nav>
  );
}
