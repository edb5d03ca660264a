import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema';
import { formatDate } from '../auth/dates';
import { answer, problemText, RequestFailed } from '../auth/request';
import { staffApi, useStaffSession } from '../auth/session';
import type { ScenarioOwner } from '../library/use-scenarios';
import { rememberJoinCodes } from './join-codes';

type Created = components['schemas']['CreatedExerciseResponse'];

/** Speeds offered: real time for a tabletop, faster to walk through a scenario beforehand. */
const SPEEDS = [1, 2, 5, 10, 30, 60] as const;

/**
 * "Oefening aanmaken": POST /api/exercises of this scenario copy and version, in the organisation
 * chosen (when the person may create in more than one), at the speed chosen. Then the open
 * improvement actions it can re-test and the join codes, with the way to the printable sheet.
 */
export function CreateExercise({
  scenarioId,
  scenarioVersion,
  owner,
  title,
}: {
  scenarioId: string;
  scenarioVersion: number;
  owner: ScenarioOwner;
  title: string;
}) {
  const { t } = useTranslation();
  const session = useStaffSession()!;
  const queryClient = useQueryClient();
  // Facilitators and admins create; an organisation's own copy only in that organisation.
  const organisations = session.organisations.filter(
    (o) =>
      (o.role === 'admin' || o.role === 'facilitator') &&
      (owner.kind === 'shipped' || o.id === owner.organisationId),
  );
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [speed, setSpeed] = useState<number>(1);
  const organisationField = useId();
  const speedField = useId();
  const speedHint = useId();
  const create = useMutation<Created, RequestFailed>({
    mutationFn: () =>
      answer(
        staffApi.POST('/api/exercises', {
          params: { query: { organisationId } },
          body: {
            scenarioId,
            scenarioVersion,
            scenarioOwner: owner.kind === 'shipped' ? 'shipped' : owner.organisationId,
            speed,
          },
        }),
      ),
    onSuccess: (created) => {
      rememberJoinCodes(created.id, created.joinCodes);
      void queryClient.invalidateQueries({ queryKey: ['staff', 'exercises'] });
    },
  });

  if (create.data) return <CreatedExercise created={create.data} />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!create.isPending) create.mutate();
  };

  return (
    <section aria-labelledby="create-exercise">
      <h2 className="utrecht-heading-2" id="create-exercise">
        {t('staff.create.title')}
      </h2>
      {!organisations.length ? (
        <p className="utrecht-paragraph">{t('staff.create.notAllowed')}</p>
      ) : (
        <form className="dh-staff-form" onSubmit={onSubmit} noValidate>
          <p className="utrecht-paragraph">{t('staff.create.intro', { title, version: scenarioVersion })}</p>
          {create.isError && (
            <p className="dh-error" role="alert">
              {problemText(t, create.error)}
            </p>
          )}
          {organisations.length > 1 && (
            <div className="dh-field">
              <label className="utrecht-form-label" htmlFor={organisationField}>
                {t('staff.organisation.choose')}
              </label>
              <select
                id={organisationField}
                className="utrecht-select utrecht-select--html-select"
                value={organisationId}
                onChange={(event) => setOrganisationId(event.target.value)}
              >
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="dh-field">
            <label className="utrecht-form-label" htmlFor={speedField}>
              {t('staff.create.speed')}
            </label>
            <p className="utrecht-form-field-description" id={speedHint}>
              {t('staff.create.speedHint')}
            </p>
            <select
              id={speedField}
              className="utrecht-select utrecht-select--html-select"
              aria-describedby={speedHint}
              value={speed}
              onChange={(event) => setSpeed(Number(event.target.value))}
            >
              {SPEEDS.map((value) => (
                <option key={value} value={value}>
                  {value === 1 ? t('staff.create.realTime') : t('staff.create.faster', { speed: value })}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={create.isPending || undefined}
            >
              {create.isPending ? t('staff.create.creating') : t('staff.create.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function CreatedExercise({ created }: { created: Created }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="created-exercise" className="dh-created">
      <h2 className="utrecht-heading-2" id="created-exercise" ref={heading} tabIndex={-1}>
        {t('staff.created.title', { title: created.title })}
      </h2>
      <p className="utrecht-paragraph">{t('staff.created.intro')}</p>
      <ul className="dh-inline-links">
        <li>
          <Link className="utrecht-link" to={`/staff/exercises/${created.id}/codes`}>
            {t('staff.created.toSheet')}
          </Link>
        </li>
        <li>
          <Link className="utrecht-link" to={`/staff/exercises/${created.id}`}>
            {t('staff.created.toControlRoom')}
          </Link>
        </li>
      </ul>

      <h3 className="utrecht-heading-3">{t('staff.created.openActions')}</h3>
      {created.openActions.length ? (
        <>
          <p className="utrecht-paragraph">{t('staff.created.openActionsIntro')}</p>
          <ul className="dh-outline">
            {created.openActions.map((action) => (
              <li key={action.id}>
                <Link
                  className="utrecht-link"
                  to={`/staff/improvement/${action.id}?organisation=${created.organisationId}`}
                >
                  {action.areaForImprovement}
                </Link>
                <span className="dh-prose"> — {action.correctiveAction}</span>{' '}
                <span>
                  ({t(`staff.improvement.status.${action.status}`)}
                  {action.dueDate &&
                    `, ${t('staff.improvement.dueOn', { date: formatDate(action.dueDate, i18n.language) })}`}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="utrecht-paragraph">{t('staff.created.noOpenActions')}</p>
      )}

      <h3 className="utrecht-heading-3">{t('staff.created.codes')}</h3>
      <p className="utrecht-paragraph">{t('staff.created.codesOnce')}</p>
      <div className="dh-table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption dh-visually-hidden">{t('staff.created.codes')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('staff.codes.role')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('staff.codes.code')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {created.joinCodes.map((code) => (
              <tr className="utrecht-table__row" key={code.role}>
                <th className="utrecht-table__header-cell" scope="row">
                  {code.roleName}
                </th>
                <td className="utrecht-table__cell">
                  <code className="dh-code">{code.code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
