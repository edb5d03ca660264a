import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { DownloadButton } from '../auth/download-button';
import { problemText } from '../auth/request';
import { ServerDocument } from '../auth/server-document';
import '../auth/staff.css';
import { useExercise } from '../exercises/use-exercises';

type Lang = 'nl' | 'en';

/** A file name from the exercise's title: letters and digits, dashes between. */
function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'oefening'
  );
}

/**
 * /staff/exercises/:id/report: the after-action report as the server renders it (HTML, in a
 * sandboxed frame), in Dutch or English, and its downloads: PDF, Markdown, JSON, the decisions as
 * CSV and the exercise's export.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { exerciseId = '' } = useParams();
  const exercise = useExercise(exerciseId);
  const [lang, setLang] = useState<Lang>(i18n.language === 'en' ? 'en' : 'nl');
  const heading = usePageHeading(t('staff.report.title'));
  const legend = useId();
  const base = `/api/exercises/${exerciseId}`;
  const name = `${slug(exercise.data?.title ?? '')}-${lang}`;

  return (
    <div className="dh-stack">
      <p className="dh-breadcrumb">
        <Link className="utrecht-link" to="/staff">
          {t('staff.home.title')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('staff.report.title')}
        {exercise.data && <span className="dh-subtitle">{exercise.data.title}</span>}
      </h1>
      {exercise.isError ? (
        <p className="dh-error" role="alert">
          {problemText(t, exercise.error)}
        </p>
      ) : (
        <>
          {exercise.data && exercise.data.status !== 'ended' && exercise.data.status !== 'archived' && (
            <p className="dh-notice">
              {t('staff.report.notEnded', { status: t(`staff.exerciseStatus.${exercise.data.status}`) })}
            </p>
          )}
          <fieldset className="utrecht-form-fieldset dh-choice" aria-labelledby={legend}>
            <legend className="utrecht-form-fieldset__legend" id={legend}>
              {t('staff.report.language')}
            </legend>
            {(['nl', 'en'] as const).map((value) => (
              <label key={value} className="dh-choice__option" lang={value}>
                <input
                  type="radio"
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  name="report-language"
                  value={value}
                  checked={lang === value}
                  onChange={() => setLang(value)}
                />
                {value === 'nl' ? 'Nederlands' : 'English'}
              </label>
            ))}
          </fieldset>
          <div className="dh-actions" role="group" aria-label={t('staff.report.downloads')}>
            <DownloadButton
              path={`${base}/report?format=pdf&lang=${lang}`}
              filename={`verslag-${name}.pdf`}
              label={t('staff.report.pdf')}
            />
            <DownloadButton
              path={`${base}/report?format=md&lang=${lang}`}
              filename={`verslag-${name}.md`}
              label={t('staff.report.markdown')}
            />
            <DownloadButton
              path={`${base}/report?format=json&lang=${lang}`}
              filename={`verslag-${name}.json`}
              label={t('staff.report.json')}
            />
            <DownloadButton
              path={`${base}/decisions.csv?lang=${lang}`}
              filename={`besluiten-${name}.csv`}
              label={t('staff.report.decisions')}
            />
            <DownloadButton
              path={`${base}/export`}
              filename={`export-${slug(exercise.data?.title ?? '')}.json`}
              label={t('staff.report.export')}
            />
          </div>
          <ServerDocument
            key={lang}
            path={`${base}/report?format=html&lang=${lang}`}
            title={t('staff.report.frame', { title: exercise.data?.title ?? '' })}
          />
        </>
      )}
    </div>
  );
}
