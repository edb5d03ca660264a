import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { formatDate } from '../auth/dates';
import { DownloadButton } from '../auth/download-button';
import { OrganisationSelect, useOrganisationChoice } from '../auth/organisation';
import { problemText } from '../auth/request';
import '../auth/staff.css';
import { AddActionForm } from './add-action-form';
import { STATUSES, useActions, type Action, type ActionStatus } from './use-actions';

/** The filter in the address (`?status=open,in-progress`), so a filtered plan can be linked to. */
function statusesOf(value: string | null): ActionStatus[] {
  if (value === null) return [...STATUSES];
  return STATUSES.filter((s) => value.split(',').includes(s));
}

/**
 * /staff/improvement: the organisation's improvement plan — every corrective action from its
 * exercises and incidents, filtered by status, each leading to its detail and history; a CSV of
 * the whole plan; adding an action (admins and facilitators).
 */
export function ImprovementPage() {
  const { t, i18n } = useTranslation();
  const heading = usePageHeading(t('staff.improvement.title'));
  const [organisation, chooseOrganisation] = useOrganisationChoice();
  const [params, setParams] = useSearchParams();
  // Held here as well as in the address: the address changes in a transition, a tick after the
  // click, and a controlled checkbox must show its new state at once.
  const [statuses, setStatuses] = useState(() => statusesOf(params.get('status')));
  const actions = useActions(organisation?.id, statuses);
  const [added, setAdded] = useState<Action | null>(null);
  const legend = useId();
  const writer = organisation?.role === 'admin' || organisation?.role === 'facilitator';

  const toggle = (status: ActionStatus, on: boolean) => {
    const next = STATUSES.filter((s) => (s === status ? on : statuses.includes(s)));
    setStatuses(next);
    setParams(
      (current) => {
        const kept = new URLSearchParams(current);
        if (next.length === STATUSES.length) kept.delete('status');
        else kept.set('status', next.join(','));
        return kept;
      },
      { replace: true },
    );
  };

  return (
    <div className="dh-stack">
      <p className="dh-breadcrumb">
        <Link className="utrecht-link" to="/staff">
          {t('staff.home.title')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('staff.improvement.title')}
        {organisation && <span className="dh-subtitle">{organisation.name}</span>}
      </h1>
      <p className="utrecht-paragraph">{t('staff.improvement.intro')}</p>
      {!organisation ? (
        <p className="utrecht-paragraph">{t('staff.home.noOrganisations')}</p>
      ) : (
        <>
          <OrganisationSelect value={organisation} onChange={chooseOrganisation} />
          <fieldset className="utrecht-form-fieldset dh-choice" aria-labelledby={legend}>
            <legend className="utrecht-form-fieldset__legend" id={legend}>
              {t('staff.improvement.filter')}
            </legend>
            {STATUSES.map((status) => (
              <label key={status} className="dh-choice__option">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={statuses.includes(status)}
                  onChange={(event) => toggle(status, event.target.checked)}
                />
                {t(`staff.improvement.status.${status}`)}
              </label>
            ))}
          </fieldset>
          <div className="dh-actions">
            <DownloadButton
              path={`/api/organisations/${organisation.id}/improvement-actions.csv?lang=${i18n.language === 'en' ? 'en' : 'nl'}`}
              filename="verbeterplan.csv"
              label={t('staff.improvement.csv')}
            />
          </div>
          <p role="status" className="dh-count">
            {!statuses.length
              ? t('staff.improvement.noneChosen')
              : actions.data
                ? t('staff.improvement.count', { count: actions.data.length })
                : ''}
          </p>
          {actions.isError && (
            <p className="dh-error" role="alert">
              {problemText(t, actions.error)}
            </p>
          )}
          {statuses.length > 0 && actions.data && actions.data.length > 0 && (
            <div className="dh-table-scroll">
              <table className="utrecht-table">
                <caption className="utrecht-table__caption">{t('staff.improvement.caption')}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('staff.improvement.fields.areaForImprovement')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('staff.improvement.fields.correctiveAction')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('staff.improvement.fields.capabilityElement')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('staff.improvement.fields.responsibleOrganisation')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('staff.improvement.fields.dueDate')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('staff.improvement.fields.status')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {actions.data.map((action) => (
                    <tr className="utrecht-table__row" key={action.id}>
                      <th className="utrecht-table__header-cell dh-prose" scope="row">
                        <Link
                          className="utrecht-link"
                          to={`/staff/improvement/${action.id}?organisation=${organisation.id}`}
                        >
                          {action.areaForImprovement}
                        </Link>
                      </th>
                      <td className="utrecht-table__cell dh-prose">{action.correctiveAction}</td>
                      <td className="utrecht-table__cell">
                        {t(`staff.improvement.capability.${action.capabilityElement}`)}
                      </td>
                      <td className="utrecht-table__cell">{action.responsibleOrganisation}</td>
                      <td className="utrecht-table__cell">
                        {action.dueDate ? (
                          <time dateTime={action.dueDate}>{formatDate(action.dueDate, i18n.language)}</time>
                        ) : (
                          t('staff.improvement.noDate')
                        )}
                      </td>
                      <td className="utrecht-table__cell">
                        <span className="dh-action-status" data-status={action.status}>
                          {t(`staff.improvement.status.${action.status}`)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          {writer && (
            <section aria-labelledby="add-action">
              <h2 className="utrecht-heading-2" id="add-action">
                {t('staff.improvement.add.title')}
              </h2>
              {added && (
                <p className="dh-notice" role="status">
                  {t('staff.improvement.add.added')}{' '}
                  <Link
                    className="utrecht-link"
                    to={`/staff/improvement/${added.id}?organisation=${organisation.id}`}
                  >
                    {added.areaForImprovement}
                  </Link>
                </p>
              )}
              <AddActionForm
                key={organisation.id}
                organisationId={organisation.id}
                organisationName={organisation.name}
                onAdded={setAdded}
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
