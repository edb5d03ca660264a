import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { formatMoment } from '../auth/dates';
import { DownloadButton } from '../auth/download-button';
import { problemText } from '../auth/request';
import { ServerDocument } from '../auth/server-document';
import { useStaffSession } from '../auth/session';
import '../auth/staff.css';
import { writableOrganisations } from '../editor/writable';
import { CreateExercise } from '../exercises/create-exercise';
import { OwnerLabel } from './owner-label';
import { outline, useScenario } from './use-scenarios';

/**
 * /staff/scenarios/:id?owner=…: one copy of a scenario — its objectives and roles, its versions,
 * the MSEL (the master scenario events list) as the server renders it, CSV and PDF, and creating
 * an exercise of it.
 */
export function ScenarioPage() {
  const { t, i18n } = useTranslation();
  const { scenarioId = '' } = useParams();
  const [params] = useSearchParams();
  const owner = params.get('owner') ?? 'shipped';
  const [version, setVersion] = useState<number | undefined>(undefined);
  const { detail, versions } = useScenario(scenarioId, owner, version);
  const scenario = detail.data ? outline(detail.data.scenario) : null;
  const heading = usePageHeading(scenario?.title || t('staff.scenario.title'));
  const versionId = useId();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const mayWrite = writableOrganisations(useStaffSession()).length > 0;

  if (detail.isError)
    return (
      <div className="dh-stack">
        <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
          {t('staff.scenario.title')}
        </h1>
        <p className="dh-error" role="alert">
          {problemText(t, detail.error)}
        </p>
        <Link className="utrecht-link" to="/staff/scenarios">
          {t('staff.scenario.back')}
        </Link>
      </div>
    );

  const shown = detail.data?.version;
  const query = new URLSearchParams({ owner, lang, ...(shown ? { version: String(shown) } : {}) });
  const msel = (format: 'html' | 'csv' | 'pdf') =>
    `/api/scenarios/${encodeURIComponent(scenarioId)}/msel?${query.toString()}&format=${format}`;

  return (
    <div className="dh-stack">
      <p className="dh-breadcrumb">
        <Link className="utrecht-link" to="/staff/scenarios">
          {t('staff.scenario.back')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {scenario?.title || t('staff.scenario.title')}
      </h1>
      {!detail.data || !scenario ? (
        <p className="utrecht-paragraph">{t('staff.loading')}</p>
      ) : (
        <>
          <dl className="dh-facts">
            <div>
              <dt>{t('staff.library.owner')}</dt>
              <dd>
                <OwnerLabel owner={detail.data.owner} />
              </dd>
            </div>
            <div>
              <dt>{t('staff.library.version')}</dt>
              <dd>{detail.data.version}</dd>
            </div>
            <div>
              <dt>{t('staff.scenario.id')}</dt>
              <dd>
                <code>{detail.data.id}</code>
              </dd>
            </div>
          </dl>
          {scenario.summary && <p className="utrecht-paragraph dh-prose">{scenario.summary}</p>}
          {mayWrite && (
            <p className="utrecht-paragraph">
              <Link
                className="utrecht-link"
                to={`/staff/scenarios/${encodeURIComponent(detail.data.id)}/edit?owner=${encodeURIComponent(owner)}&version=${detail.data.version}`}
              >
                {t('editor.links.edit')}
              </Link>
            </p>
          )}

          <CreateExercise
            scenarioId={detail.data.id}
            scenarioVersion={detail.data.version}
            owner={detail.data.owner}
            title={scenario.title}
          />

          <section aria-labelledby="scenario-msel">
            <h2 className="utrecht-heading-2" id="scenario-msel">
              {t('staff.scenario.msel')}
            </h2>
            <p className="utrecht-paragraph">{t('staff.scenario.mselIntro')}</p>
            {versions.data && versions.data.length > 1 && (
              <div className="dh-field">
                <label className="utrecht-form-label" htmlFor={versionId}>
                  {t('staff.scenario.chooseVersion')}
                </label>
                <select
                  id={versionId}
                  className="utrecht-select utrecht-select--html-select"
                  value={detail.data.version}
                  onChange={(event) => setVersion(Number(event.target.value))}
                >
                  {[...versions.data]
                    .sort((a, b) => b.version - a.version)
                    .map((v) => (
                      <option key={v.version} value={v.version}>
                        {t('staff.scenario.versionOption', {
                          version: v.version,
                          date: formatMoment(v.createdAt, i18n.language),
                        })}
                      </option>
                    ))}
                </select>
              </div>
            )}
            <div className="dh-actions">
              <DownloadButton
                path={msel('pdf')}
                filename={`msel-${scenarioId}-v${detail.data.version}.pdf`}
                label={t('staff.scenario.downloadPdf')}
              />
              <DownloadButton
                path={msel('csv')}
                filename={`msel-${scenarioId}-v${detail.data.version}.csv`}
                label={t('staff.scenario.downloadCsv')}
              />
            </div>
            <ServerDocument
              path={msel('html')}
              title={t('staff.scenario.mselFrame', { title: scenario.title })}
            />
          </section>

          <section aria-labelledby="scenario-objectives">
            <h2 className="utrecht-heading-2" id="scenario-objectives">
              {t('staff.scenario.objectives')}
            </h2>
            {scenario.objectives.length ? (
              <ul className="dh-outline">
                {scenario.objectives.map((objective) => (
                  <li key={objective.id}>
                    <strong>{objective.title}</strong>
                    {objective.description && <span className="dh-prose"> — {objective.description}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">{t('staff.scenario.noObjectives')}</p>
            )}
          </section>

          <section aria-labelledby="scenario-roles">
            <h2 className="utrecht-heading-2" id="scenario-roles">
              {t('staff.scenario.roles', { count: scenario.roles.length })}
            </h2>
            <ul className="dh-outline">
              {scenario.roles.map((role) => (
                <li key={role.id}>
                  <strong>{role.name}</strong>
                  {role.organisation && (
                    <span>
                      {' '}
                      ({t(`staff.organisationKind.${role.organisation}`, { defaultValue: role.organisation })}
                      )
                    </span>
                  )}
                  {role.description && <span className="dh-prose"> — {role.description}</span>}
                </li>
              ))}
            </ul>
          </section>

          {versions.data && (
            <section aria-labelledby="scenario-versions">
              <h2 className="utrecht-heading-2" id="scenario-versions">
                {t('staff.scenario.versions')}
              </h2>
              <div className="dh-table-scroll">
                <table className="utrecht-table">
                  <caption className="utrecht-table__caption dh-visually-hidden">
                    {t('staff.scenario.versions')}
                  </caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('staff.library.version')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('staff.scenario.origin')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('staff.scenario.stored')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('staff.scenario.hash')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {[...versions.data]
                      .sort((a, b) => b.version - a.version)
                      .map((v) => (
                        <tr className="utrecht-table__row" key={v.version}>
                          <th className="utrecht-table__header-cell" scope="row">
                            {v.version}
                          </th>
                          <td className="utrecht-table__cell">
                            {t(`staff.scenario.originKind.${v.origin}`)}
                          </td>
                          <td className="utrecht-table__cell">
                            <time dateTime={v.createdAt}>{formatMoment(v.createdAt, i18n.language)}</time>
                          </td>
                          <td className="utrecht-table__cell">
                            <code>{v.contentHash.slice(0, 12)}</code>
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
