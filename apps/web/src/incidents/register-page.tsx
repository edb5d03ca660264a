import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { OrganisationSelect } from '../auth/organisation';
import { OpenIncidentForm } from './open-incident-form';
import { useRegisterOrganisation } from './organisation';
import { Moment, StageStatusText, useBilingual } from './readings';
import { useIncidentRegister, type RegisterNotice, type RegisterState } from './use-incident-register';
import './incidents.css';

/** /staff/incidents — the CISO's incident register and the morning list, live. */
export function IncidentRegisterPage() {
  const { organisation, choose, organisationId, query, canWrite } = useRegisterOrganisation();
  const { t } = useTranslation();
  const heading = usePageHeading(t('incidents.register.title'));
  return (
    <div className="dh-incidents">
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('incidents.register.title')}
      </h1>
      <OrganisationSelect value={organisation} onChange={choose} />
      <Register
        key={organisationId ?? 'only'}
        organisationId={organisationId}
        query={query}
        canWrite={canWrite}
      />
    </div>
  );
}

function Register({
  organisationId,
  query,
  canWrite,
}: {
  organisationId: string | undefined;
  query: { organisationId: string } | undefined;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const register = useIncidentRegister(organisationId);
  const [opening, setOpening] = useState(false);
  return (
    <>
      <RegisterStatus register={register} />
      <NoticeAnnouncer notices={register.incidents ? register.notices : null} />
      <section aria-labelledby="morning-heading" className="dh-incidents-section">
        <h2 className="utrecht-heading-2" id="morning-heading">
          {t('incidents.morning.heading')}
        </h2>
        <p className="utrecht-paragraph">{t('incidents.morning.intro')}</p>
        {register.incidents && <MorningList notices={register.notices} />}
      </section>
      <section aria-labelledby="register-heading" className="dh-incidents-section">
        <h2 className="utrecht-heading-2" id="register-heading">
          {t('incidents.register.heading')}
        </h2>
        {canWrite && (
          <p className="utrecht-paragraph">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              aria-expanded={opening}
              aria-controls="open-incident"
              onClick={() => setOpening(!opening)}
            >
              {t('incidents.open.button')}
            </button>
          </p>
        )}
        {opening && (
          <div id="open-incident" className="dh-incident-panel">
            <h3 className="utrecht-heading-3">{t('incidents.open.heading')}</h3>
            <OpenIncidentForm query={query} />
          </div>
        )}
        {register.incidents && <IncidentTable incidents={register.incidents} />}
      </section>
    </>
  );
}

function RegisterStatus({ register }: { register: RegisterState }) {
  const { t } = useTranslation();
  return (
    <dl className="dh-status">
      <div>
        <dt>{t('incidents.connection.label')}</dt>
        <dd>
          <span
            className="dh-connection"
            data-state={register.connection === 'refused' ? 'ended' : register.connection}
            role="status"
          >
            {register.connection === 'refused'
              ? t('incidents.connection.refused', { message: register.refusal ?? '' })
              : t(`incidents.connection.${register.connection}`)}
          </span>
        </dd>
      </div>
      {register.now && (
        <div>
          <dt>{t('incidents.register.asOf')}</dt>
          <dd>
            <Moment iso={register.now} />
          </dd>
        </div>
      )}
    </dl>
  );
}

const noticeKey = (notice: RegisterNotice) =>
  [notice.incident.id, notice.regime, notice.stage, notice.requestId ?? '', notice.status].join('|');

const ANNOUNCED = 'driehoek.incidents.announcedMissed';

function announcedMissed(): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(ANNOUNCED) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function rememberMissed(keys: Set<string>): void {
  try {
    sessionStorage.setItem(ANNOUNCED, JSON.stringify([...keys]));
  } catch {
    // Remembered for this page only.
  }
}

/**
 * Says what changed in the morning list to a screen reader: a stage that became due soon
 * politely, one that was missed assertively, and that only once (also over a reload of this tab).
 * Both regions are in the page from the start, so changing their text is what is announced.
 */
function NoticeAnnouncer({ notices }: { notices: RegisterNotice[] | null }) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const seen = useRef<Set<string> | null>(null);
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');

  useEffect(() => {
    if (!notices) return;
    const first = seen.current === null;
    const known = seen.current ?? new Set<string>();
    const fresh = notices.filter((notice) => !known.has(noticeKey(notice)));
    seen.current = new Set(notices.map(noticeKey));
    const said = (notice: RegisterNotice) =>
      t(`incidents.announce.${notice.status === 'missed' ? 'missed' : 'dueSoon'}`, {
        stage: bilingual(notice.label),
        incident: notice.incident.title,
      });
    // What was due soon when the page opened is in the list; only news is said.
    const dueSoon = first ? [] : fresh.filter((notice) => notice.status === 'due-soon');
    if (dueSoon.length) setPolite(dueSoon.map(said).join(' '));
    const told = announcedMissed();
    const missed = fresh.filter((notice) => notice.status === 'missed' && !told.has(noticeKey(notice)));
    if (missed.length) {
      setAssertive(missed.map(said).join(' '));
      for (const notice of missed) told.add(noticeKey(notice));
      rememberMissed(told);
    }
  }, [notices, t, bilingual]);

  return (
    <>
      <div className="dh-visually-hidden" aria-live="polite" aria-atomic="true">
        {polite}
      </div>
      <div className="dh-visually-hidden" aria-live="assertive" aria-atomic="true">
        {assertive}
      </div>
    </>
  );
}

/** The morning list: every stage due soon or missed across the register, soonest first. */
function MorningList({ notices }: { notices: RegisterNotice[] }) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  if (!notices.length) return <p className="utrecht-paragraph dh-notice">{t('incidents.morning.none')}</p>;
  return (
    <div className="dh-table-scroll">
      <table className="utrecht-table dh-incidents-table" aria-labelledby="morning-heading">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.columns.stage')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.columns.incident')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.columns.status')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.readings.operational')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.readings.legal')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {notices.map((notice) => (
            <tr className="utrecht-table__row" key={noticeKey(notice)} data-status={notice.status}>
              <th scope="row" className="utrecht-table__header-cell">
                {bilingual(notice.label)}
                <span className="dh-regime"> {t(`incidents.regime.${notice.regime}`)}</span>
              </th>
              <td className="utrecht-table__cell">
                <Link className="utrecht-link" to={`/staff/incidents/${notice.incident.id}`}>
                  {notice.incident.title}
                </Link>
              </td>
              <td className="utrecht-table__cell">
                <StageStatusText status={notice.status} />
              </td>
              <td className="utrecht-table__cell">
                <Moment iso={notice.operationalDue} />
              </td>
              <td className="utrecht-table__cell">
                <Moment iso={notice.legalLatest} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The register: every incident, newest first, with its status and next deadline. */
function IncidentTable({ incidents }: { incidents: RegisterState['incidents'] & object }) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  if (!incidents.length) return <p className="utrecht-paragraph">{t('incidents.register.none')}</p>;
  return (
    <div className="dh-table-scroll">
      <table className="utrecht-table dh-incidents-table" aria-labelledby="register-heading">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.columns.incident')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.columns.status')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.columns.aware')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.columns.next')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('incidents.columns.notices')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {incidents.map((incident) => (
            <tr className="utrecht-table__row" key={incident.id}>
              <th scope="row" className="utrecht-table__header-cell">
                <Link className="utrecht-link" to={`/staff/incidents/${incident.id}`}>
                  {incident.title}
                </Link>
                <span className="dh-regime">
                  {' '}
                  {incident.regimes.map((regime) => t(`incidents.regime.${regime}`)).join(', ')}
                </span>
              </th>
              <td className="utrecht-table__cell">{t(`incidents.status.${incident.status}`)}</td>
              <td className="utrecht-table__cell">
                {incident.awareAt ? <Moment iso={incident.awareAt} /> : t('incidents.register.notAware')}
              </td>
              <td className="utrecht-table__cell">
                {incident.nextDeadline ? (
                  <>
                    {bilingual(incident.nextDeadline.label)}
                    {' · '}
                    <StageStatusText status={incident.nextDeadline.status} />
                    <br />
                    <Moment iso={incident.nextDeadline.operationalDue} />
                    {incident.nextDeadline.legalLatest && (
                      <span className="dh-legal">
                        {' '}
                        ({t('incidents.readings.legalShort')}{' '}
                        <Moment iso={incident.nextDeadline.legalLatest} />)
                      </span>
                    )}
                  </>
                ) : (
                  t('incidents.none')
                )}
              </td>
              <td className="utrecht-table__cell">{incident.noticeCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
