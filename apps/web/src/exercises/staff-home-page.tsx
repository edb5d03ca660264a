import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { formatMoment } from '../auth/dates';
import { problemText } from '../auth/request';
import { useStaffSession } from '../auth/session';
import '../auth/staff.css';
import { useExercises } from './use-exercises';

/**
 * /staff: where a facilitator, evaluator or organisation admin starts — their organisations, the
 * exercises with their status, and the way to the library, the plan, the register and each
 * exercise's control room, codes and report.
 */
export function StaffHomePage() {
  const { t, i18n } = useTranslation();
  const session = useStaffSession()!;
  const heading = usePageHeading(t('staff.home.title'));
  const exercises = useExercises();
  const names = new Map(session.organisations.map((o) => [o.id, o.name]));
  const several = session.organisations.length > 1;

  return (
    <div className="dh-stack">
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('staff.home.title')}
      </h1>
      <p className="utrecht-paragraph">
        {t('staff.home.signedInAs', { name: session.user.name ?? session.user.email })}
      </p>
      <nav aria-labelledby="staff-home-links">
        <h2 className="utrecht-heading-2" id="staff-home-links">
          {t('staff.home.goTo')}
        </h2>
        <ul className="dh-link-list">
          <li>
            <Link className="utrecht-link" to="/staff/scenarios">
              {t('staff.library.title')}
            </Link>
          </li>
          <li>
            <Link className="utrecht-link" to="/staff/improvement">
              {t('staff.improvement.title')}
            </Link>
          </li>
          <li>
            <Link className="utrecht-link" to="/staff/incidents">
              {t('staff.home.incidents')}
            </Link>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="staff-home-organisations">
        <h2 className="utrecht-heading-2" id="staff-home-organisations">
          {t('staff.home.organisations')}
        </h2>
        {session.organisations.length ? (
          <ul className="dh-link-list">
            {session.organisations.map((organisation) => (
              <li key={organisation.id}>
                {organisation.name} — {t(`staff.role.${organisation.role}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t('staff.home.noOrganisations')}</p>
        )}
      </section>

      <section aria-labelledby="staff-home-exercises">
        <h2 className="utrecht-heading-2" id="staff-home-exercises">
          {t('staff.home.exercises')}
        </h2>
        {exercises.isPending ? (
          <p className="utrecht-paragraph">{t('staff.loading')}</p>
        ) : exercises.isError ? (
          <p className="dh-error" role="alert">
            {problemText(t, exercises.error)}
          </p>
        ) : !exercises.data.length ? (
          <p className="utrecht-paragraph">
            {t('staff.home.noExercises')}{' '}
            <Link className="utrecht-link" to="/staff/scenarios">
              {t('staff.home.toLibrary')}
            </Link>
          </p>
        ) : (
          <div className="dh-table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">{t('staff.home.exercisesCaption')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('staff.home.exercise')}
                  </th>
                  {several && (
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('staff.home.organisation')}
                    </th>
                  )}
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('staff.home.status')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('staff.home.created')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('staff.home.open')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {[...exercises.data]
                  .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                  .map((exercise) => (
                    <tr className="utrecht-table__row" key={exercise.id}>
                      <th className="utrecht-table__header-cell" scope="row">
                        {exercise.title}
                      </th>
                      {several && (
                        <td className="utrecht-table__cell">{names.get(exercise.organisationId) ?? '—'}</td>
                      )}
                      <td className="utrecht-table__cell">{t(`staff.exerciseStatus.${exercise.status}`)}</td>
                      <td className="utrecht-table__cell">
                        <time dateTime={exercise.createdAt}>
                          {formatMoment(exercise.createdAt, i18n.language)}
                        </time>
                      </td>
                      <td className="utrecht-table__cell">
                        <ul className="dh-inline-links">
                          <li>
                            <Link
                              className="utrecht-link"
                              to={`/staff/exercises/${exercise.id}`}
                              aria-label={t('staff.home.controlRoomOf', { title: exercise.title })}
                            >
                              {t('staff.home.controlRoom')}
                            </Link>
                          </li>
                          {exercise.status !== 'archived' && (
                            <li>
                              <Link
                                className="utrecht-link"
                                to={`/staff/exercises/${exercise.id}/codes`}
                                aria-label={t('staff.home.codesOf', { title: exercise.title })}
                              >
                                {t('staff.home.codes')}
                              </Link>
                            </li>
                          )}
                          <li>
                            <Link
                              className="utrecht-link"
                              to={`/staff/exercises/${exercise.id}/report`}
                              aria-label={t('staff.home.reportOf', { title: exercise.title })}
                            >
                              {t('staff.home.report')}
                            </Link>
                          </li>
                        </ul>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
