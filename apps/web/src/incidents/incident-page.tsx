import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { RequestFailed, answer } from '../auth/request';
import { staffApi } from '../auth/session';
import { FormAlert } from '../player/form-fields';
import { amsterdamToIso } from './amsterdam-time';
import { AwarenessForm } from './awareness-form';
import { ClocksSection } from './clocks-section';
import { MomentField } from './moment-field';
import { useRegisterOrganisation } from './organisation';
import { PlaybooksSection } from './playbooks-section';
import { Moment, StageStatusText, useBilingual } from './readings';
import { restErrors } from './rest-errors';
import { ReviewForm } from './review-form';
import { TimelineSection } from './timeline-section';
import { useIncident, useShowIncident, type IncidentView } from './use-incident';
import { useIncidentRegister } from './use-incident-register';
import './incidents.css';

/** /staff/incidents/:id — one incident: its clocks, what to report, its playbooks, its log. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const { organisationId } = useRegisterOrganisation();
  return <Incident key={`${id}|${organisationId ?? ''}`} incidentId={id} />;
}

function Incident({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { organisation, organisationId, query, canWrite } = useRegisterOrganisation();
  // The register's channel says when this incident changed (a write anywhere, or time alone).
  const register = useIncidentRegister(organisationId);
  const incident = useIncident(incidentId, query, register.versions[incidentId] ?? 0);
  const show = useShowIncident(incidentId, query);
  const view = incident.data;
  const heading = usePageHeading(view?.title ?? t('incidents.incident.loading'));

  if (incident.isError) {
    const notFound = incident.error instanceof RequestFailed && incident.error.code === 'NOT_FOUND';
    return (
      <div className="dh-incidents">
        <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
          {notFound ? t('incidents.incident.notFound') : t('incidents.incident.failed')}
        </h1>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/staff/incidents">
            {t('incidents.incident.back')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="dh-incidents">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/staff/incidents">
          {t('incidents.incident.back')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {view?.title ?? t('incidents.incident.loading')}
      </h1>
      {view && (
        <>
          <Facts view={view} />
          {view.description && (
            <p className="utrecht-paragraph dh-incident-description">{view.description}</p>
          )}
          <Notices view={view} />
          <section aria-labelledby="awareness-heading" className="dh-incidents-section">
            <h2 className="utrecht-heading-2" id="awareness-heading">
              {t('incidents.awareness.heading')}
            </h2>
            {view.awareness ? (
              <dl className="dh-facts">
                <div>
                  <dt>{t('incidents.awareness.at')}</dt>
                  <dd>
                    <Moment iso={view.awareness.at} />
                  </dd>
                </div>
                <div>
                  <dt>{t('incidents.awareness.by')}</dt>
                  <dd>
                    {view.awareness.by}
                    {view.awareness.role && ` (${view.awareness.role})`}
                  </dd>
                </div>
                {view.awareness.note && (
                  <div>
                    <dt>{t('incidents.awareness.note')}</dt>
                    <dd className="dh-incident-description">{view.awareness.note}</dd>
                  </div>
                )}
              </dl>
            ) : canWrite ? (
              <AwarenessForm incidentId={incidentId} query={query} onRecorded={show} />
            ) : (
              <p className="utrecht-paragraph">{t('incidents.awareness.notYet')}</p>
            )}
          </section>
          <section aria-labelledby="clocks-heading" className="dh-incidents-section">
            <h2 className="utrecht-heading-2" id="clocks-heading">
              {t('incidents.clocks.heading')}
            </h2>
            <ClocksSection view={view} query={query} canWrite={canWrite} onChanged={show} />
          </section>
          <section aria-labelledby="playbooks-heading" className="dh-incidents-section">
            <h2 className="utrecht-heading-2" id="playbooks-heading">
              {t('incidents.playbooks.heading')}
            </h2>
            <PlaybooksSection view={view} query={query} canWrite={canWrite} refresh={incident.refetch} />
          </section>
          {canWrite && view.status === 'open' && (
            <section aria-labelledby="close-heading" className="dh-incidents-section">
              <h2 className="utrecht-heading-2" id="close-heading">
                {t('incidents.close.heading')}
              </h2>
              <CloseForm incidentId={incidentId} query={query} onClosed={show} />
            </section>
          )}
          <section aria-labelledby="review-heading" className="dh-incidents-section">
            <h2 className="utrecht-heading-2" id="review-heading">
              {t('incidents.review.heading')}
            </h2>
            <Reviews view={view} />
            {canWrite && (
              <ReviewForm
                incidentId={incidentId}
                query={query}
                organisationName={organisation?.name ?? ''}
                onRecorded={incident.refetch}
              />
            )}
          </section>
          <section aria-labelledby="timeline-heading" className="dh-incidents-section">
            <h2 className="utrecht-heading-2" id="timeline-heading">
              {t('incidents.timeline.heading')}
            </h2>
            <TimelineSection view={view} />
          </section>
        </>
      )}
    </div>
  );
}

function Facts({ view }: { view: IncidentView }) {
  const { t } = useTranslation();
  return (
    <dl className="dh-status">
      <div>
        <dt>{t('incidents.columns.status')}</dt>
        <dd>{t(`incidents.status.${view.status}`)}</dd>
      </div>
      <div>
        <dt>{t('incidents.incident.regimes')}</dt>
        <dd>{view.regimes.map((regime) => t(`incidents.regime.${regime}`)).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('incidents.incident.opened')}</dt>
        <dd>
          <Moment iso={view.createdAt} />
        </dd>
      </div>
      {view.detectedAt && (
        <div>
          <dt>{t('incidents.incident.detected')}</dt>
          <dd>
            <Moment iso={view.detectedAt} />
          </dd>
        </div>
      )}
      {view.handlingClosedAt && (
        <div>
          <dt>{t('incidents.incident.closed')}</dt>
          <dd>
            <Moment iso={view.handlingClosedAt} />
          </dd>
        </div>
      )}
    </dl>
  );
}

/** This incident's stages due soon or missed, soonest first: what to do now. */
function Notices({ view }: { view: IncidentView }) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  if (!view.notices.length) return null;
  return (
    <section aria-labelledby="incident-notices-heading" className="dh-incident-panel" data-urgent="true">
      <h2 className="utrecht-heading-2" id="incident-notices-heading">
        {t('incidents.incident.notices')}
      </h2>
      <ul className="dh-incident-notices">
        {view.notices.map((notice) => (
          <li key={`${notice.regime}/${notice.stage}/${notice.requestId ?? ''}`}>
            <strong>{bilingual(notice.label)}</strong> <StageStatusText status={notice.status} />
            <br />
            {t('incidents.readings.operational')}: <Moment iso={notice.operationalDue} />
            {notice.legalLatest && (
              <>
                {' · '}
                {t('incidents.readings.legal')}: <Moment iso={notice.legalLatest} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The reviews recorded so far, from the incident's log. */
function Reviews({ view }: { view: IncidentView }) {
  const { t } = useTranslation();
  const reviews = view.timeline.filter((entry) => entry.type === 'review.recorded');
  if (!reviews.length) return null;
  return (
    <ol className="dh-feed">
      {reviews.map((entry) => {
        const payload = entry.payload as {
          summary?: string;
          observations?: { kind: string; text: string }[];
          actionIds?: string[];
        };
        return (
          <li key={entry.seq}>
            <article className="dh-incident-panel" aria-labelledby={`review-${entry.seq}`}>
              <h3 className="utrecht-heading-3" id={`review-${entry.seq}`}>
                {t('incidents.review.entry')} <Moment iso={entry.recordedAt} />
              </h3>
              <p className="dh-incident-description">{payload.summary}</p>
              {(payload.observations ?? []).length > 0 && (
                <ul className="utrecht-unordered-list">
                  {(payload.observations ?? []).map((observation, index) => (
                    <li className="utrecht-unordered-list__item" key={index}>
                      {t(`incidents.review.kind.${observation.kind}`)}: {observation.text}
                    </li>
                  ))}
                </ul>
              )}
              <p className="utrecht-paragraph">
                {t('incidents.review.actionsRaised', { count: payload.actionIds?.length ?? 0 })}{' '}
                <Link className="utrecht-link" to="/staff/improvement">
                  {t('incidents.review.toPlan')}
                </Link>
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}

/** Closing handling (POST …/close): reports may still fall due, and the NIS2 progress report can start. */
function CloseForm({
  incidentId,
  query,
  onClosed,
}: {
  incidentId: string;
  query: { organisationId: string } | undefined;
  onClosed: (view: IncidentView) => void;
}) {
  const { t } = useTranslation();
  const [at, setAt] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const close = async () => {
    if (busy) return;
    const moment = at ? amsterdamToIso(at) : null;
    if (at && !moment) {
      setFieldError(t('incidents.errors.moment'));
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    setFailure(null);
    setFieldError(undefined);
    try {
      onClosed(
        await answer(
          staffApi.POST('/api/incidents/{incidentId}/close', {
            params: { path: { incidentId }, query },
            body: moment ? { at: moment } : {},
          }),
        ),
      );
    } catch (error) {
      const errors = restErrors(error, t);
      setFieldError(errors.fields.at);
      setFailure(errors.form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      ref={formRef}
      className="dh-incident-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void close();
      }}
    >
      <p className="utrecht-paragraph">{t('incidents.close.intro')}</p>
      <FormAlert message={failure} />
      <MomentField
        label={t('incidents.close.at')}
        hint={t('incidents.close.atHint')}
        error={fieldError}
        value={at}
        onChange={setAt}
      />
      <div className="utrecht-button-group dh-incident-buttons">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={busy || undefined}
        >
          {busy ? t('incidents.close.closing') : t('incidents.close.submit')}
        </button>
      </div>
    </form>
  );
}
