import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageHeading } from './use-page-heading';

export function NotFoundPage() {
  const { t } = useTranslation();
  const heading = usePageHeading(t('notFound.title'));
  return (
    <>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p className="utrecht-paragraph">{t('notFound.body')}</p>
      <Link className="utrecht-link" to="/">
        {t('notFound.home')}
      </Link>
    </>
  );
}
