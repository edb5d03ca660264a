import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { problemText } from '../auth/request';
import { useStaffSession } from '../auth/session';
import '../auth/staff.css';
import { writableOrganisations } from '../editor/writable';
import { OwnerLabel } from './owner-label';
import { ownerParam, useScenarios } from './use-scenarios';

/** /staff/scenarios: the shipped scenarios and the organisation's own, each copy with its owner. */
export function LibraryPage() {
  const { t } = useTranslation();
  const heading = usePageHeading(t('staff.library.title'));
  const scenarios = useScenarios();
  const mayWrite = writableOrganisations(useStaffSession()).length > 0;

  return (
    <div className="dh-stack">
      <p className="dh-breadcrumb">
        <Link className="utrecht-link" to="/staff">
          {t('staff.home.title')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('staff.library.title')}
      </h1>
      <p className="utrecht-paragraph">{t('staff.library.intro')}</p>
      {mayWrite && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/staff/scenarios/new">
            {t('editor.links.new')}
          </Link>
        </p>
      )}
      {scenarios.isPending ? (
        <p className="utrecht-paragraph">{t('staff.loading')}</p>
      ) : scenarios.isError ? (
        <p className="dh-error" role="alert">
          {problemText(t, scenarios.error)}
        </p>
      ) : !scenarios.data.length ? (
        <p className="utrecht-paragraph">{t('staff.library.empty')}</p>
      ) : (
        <div className="dh-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">{t('staff.library.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('staff.library.scenario')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('staff.library.owner')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('staff.library.version')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('staff.library.size')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {scenarios.data.map((scenario) => (
                <tr className="utrecht-table__row" key={`${scenario.id}|${ownerParam(scenario.owner)}`}>
                  <th className="utrecht-table__header-cell dh-scenario-cell" scope="row">
                    <Link
                      className="utrecht-link"
                      to={`/staff/scenarios/${encodeURIComponent(scenario.id)}?owner=${encodeURIComponent(ownerParam(scenario.owner))}`}
                    >
                      {scenario.title}
                    </Link>
                    <span className="dh-scenario-summary">{scenario.summary}</span>
                  </th>
                  <td className="utrecht-table__cell">
                    <OwnerLabel owner={scenario.owner} />
                  </td>
                  <td className="utrecht-table__cell">{scenario.latestVersion}</td>
                  <td className="utrecht-table__cell">
                    {t('staff.library.counts', {
                      minutes: scenario.durationMinutes,
                      roles: scenario.counts.roles,
                      injects: scenario.counts.injects,
                      decisions: scenario.counts.decisionPoints,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
