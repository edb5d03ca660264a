import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';
import { FormAlert } from '../player/form-fields';
import { Moment } from './readings';
import { restErrors } from './rest-errors';
import type { IncidentView } from './use-incident';

type Playbook = IncidentView['playbooks'][number];

/**
 * The playbooks followed during the incident, each step done or not yet (with who did it and
 * when), and the playbooks of the library that can be attached. Ticking off a step is logged and
 * cannot be undone: the log says what was done.
 */
export function PlaybooksSection({
  view,
  query,
  canWrite,
  refresh,
}: {
  view: IncidentView;
  query: { organisationId: string } | undefined;
  canWrite: boolean;
  /** A playbook write answers the playbook's progress, not the incident: read the incident again. */
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {view.playbooks.length === 0 && <p className="utrecht-paragraph">{t('incidents.playbooks.none')}</p>}
      {view.playbooks.map((playbook) => (
        <PlaybookSteps
          key={playbook.playbookId}
          incidentId={view.id}
          query={query}
          playbook={playbook}
          canWrite={canWrite && view.status === 'open'}
          refresh={refresh}
        />
      ))}
      {canWrite && view.status === 'open' && (
        <AttachPlaybook incidentId={view.id} query={query} attached={view.playbooks} refresh={refresh} />
      )}
    </>
  );
}

function PlaybookSteps({
  incidentId,
  query,
  playbook,
  canWrite,
  refresh,
}: {
  incidentId: string;
  query: { organisationId: string } | undefined;
  playbook: Playbook;
  canWrite: boolean;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const tick = async (stepId: string) => {
    if (busy) return;
    setBusy(stepId);
    setFailure(null);
    try {
      await answer(
        staffApi.POST('/api/incidents/{incidentId}/playbooks/steps', {
          params: { path: { incidentId }, query },
          body: { playbookId: playbook.playbookId, stepId },
        }),
      );
      await refresh();
    } catch (error) {
      setFailure(restErrors(error, t).form);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby={headingId} className="dh-incident-playbook">
      <h3 className="utrecht-heading-3" id={headingId}>
        {playbook.title}
      </h3>
      <p className="utrecht-paragraph">
        {t('incidents.playbooks.progress', { done: playbook.totals.done, total: playbook.totals.total })}
        {playbook.changedSinceAttached && ` ${t('incidents.playbooks.changed')}`}
      </p>
      <FormAlert message={failure} />
      <ol className="dh-playbook-steps">
        {playbook.steps.map((step) => (
          <li key={step.stepId} data-status={step.status}>
            <span className="dh-step-state">{t(`incidents.playbooks.status.${step.status}`)}</span>{' '}
            <span className="dh-step-title">{step.title}</span>
            <span className="dh-stage-note">
              {t('incidents.playbooks.owner', { owner: step.owner })}
              {step.status === 'done' && step.completedAt && (
                <>
                  {' · '}
                  {t('incidents.playbooks.doneBy', { by: step.by ?? '' })} <Moment iso={step.completedAt} />
                </>
              )}
              {step.status === 'blocked' &&
                ` · ${t('incidents.playbooks.blockedBy', { steps: step.blockedBy.join(', ') })}`}
            </span>
            {canWrite && step.status === 'open' && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                aria-disabled={busy !== null || undefined}
                onClick={() => void tick(step.stepId)}
              >
                {busy === step.stepId
                  ? t('incidents.playbooks.ticking')
                  : t('incidents.playbooks.tick', { step: step.title })}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function AttachPlaybook({
  incidentId,
  query,
  attached,
  refresh,
}: {
  incidentId: string;
  query: { organisationId: string } | undefined;
  attached: readonly Playbook[];
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const library = useQuery({
    queryKey: ['playbooks'],
    queryFn: () => answer(staffApi.GET('/api/playbooks')),
    staleTime: 5 * 60_000,
  });
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const available = (library.data ?? []).filter((p) => !attached.some((a) => a.playbookId === p.id));
  if (!available.length) return null;
  const attach = async () => {
    const playbookId = chosen || available[0].id;
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await answer(
        staffApi.POST('/api/incidents/{incidentId}/playbooks', {
          params: { path: { incidentId }, query },
          body: { playbookId },
        }),
      );
      setChosen('');
      await refresh();
    } catch (error) {
      setFailure(restErrors(error, t).form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dh-incident-attach">
      <FormAlert message={failure} />
      <label className="utrecht-form-label" htmlFor={id}>
        {t('incidents.playbooks.attachLabel')}
      </label>
      <div className="dh-incident-inline">
        <select
          id={id}
          className="utrecht-select utrecht-select--html-select"
          value={chosen || available[0].id}
          onChange={(event) => setChosen(event.target.value)}
        >
          {available.map((playbook) => (
            <option key={playbook.id} value={playbook.id}>
              {playbook.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-disabled={busy || undefined}
          onClick={() => void attach()}
        >
          {t('incidents.playbooks.attach')}
        </button>
      </div>
    </div>
  );
}
