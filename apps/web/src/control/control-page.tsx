import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { staffAccessEnded } from '../auth/session';
import { useExerciseOutline } from '../evaluator/exercise-outline';
import type { ClientEvent } from '../realtime/contract';
import { ClockBoard } from './clock-board';
import { ClockControls } from './clock-controls';
import { ControlStatus } from './control-status';
import { roleNamer, type ExerciseStatus } from './control-view';
import { DecisionsPanel } from './decisions-panel';
import { HotwashPanel } from './hotwash-panel';
import { ParticipantsPanel } from './participants-panel';
import { usePresenceAnnouncements } from './presence-announcements';
import { failureText } from './problem';
import { TimelinePanel } from './timeline-panel';
import { useControlRoom } from './use-control-room';
import './control.css';

/** /staff/exercises/:id — the facilitator's control room of one exercise (behind RequireStaff). */
export function ControlPage() {
  const { id = '' } = useParams();
  return <ControlRoomView key={id} exerciseId={id} />;
}

/** The last announcements kept in the live region (older ones have been read out). */
const ANNOUNCED_KEPT = 5;

/** What is worth saying aloud when it arrives; the rest is there to be read. */
function useAnnouncement(events: readonly ClientEvent[], ready: boolean, roleName: (role: string) => string) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<{ seq: number; text: string }[]>([]);
  const upTo = useRef<number | null>(null);
  useEffect(() => {
    if (!ready) return;
    const last = events.at(-1)?.seq ?? 0;
    if (upTo.current === null) {
      // Everything the first snapshot brought is history, not news.
      upTo.current = last;
      return;
    }
    const since = upTo.current;
    upTo.current = Math.max(since, last);
    const news = events
      .filter((event) => event.seq > since)
      .map((event) => ({ seq: event.seq, text: say(event) }))
      .filter((item): item is { seq: number; text: string } => item.text !== null);
    // Each arrival is a node of its own, added to the region: one does not silence the one before.
    if (news.length) setSaid((before) => [...before, ...news].slice(-ANNOUNCED_KEPT));

    function say(event: ClientEvent): string | null {
      switch (event.type) {
        case 'decision.recorded':
          return t('control.announce.decision', {
            role: roleName(event.payload.role),
            besluit: event.payload.besluit,
          });
        case 'report.submitted':
          return t('control.announce.report', { role: roleName(event.payload.role) });
        case 'regulatory-clock.status':
          return t('control.announce.stage', { status: t(`control.stageStatus.${event.payload.status}`) });
        case 'regulatory-clock.started':
          return t('control.announce.clockStarted', {
            clock: event.payload.label ?? event.payload.clockId,
          });
        case 'clock.paused':
        case 'clock.resumed':
        case 'clock.stopped':
        case 'clock.started':
          return t(`control.announce.${event.type}`);
        case 'hotwash.point-captured':
          return t('control.announce.hotwash');
        default:
          return null;
      }
    }
  }, [events, ready, roleName, t]);
  return said;
}

/** A role id as people read it, from a list of roles (an evaluator has no scenario, only its roles). */
function namerOf(roles: readonly { id: string; name: string }[]): (role: string) => string {
  const names = new Map(roles.map((role) => [role.id, role.name]));
  return (role) => names.get(role) ?? role;
}

function ControlRoomView({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const room = useControlRoom(exerciseId);
  const { channel } = room;
  const scenario = room.scenario.data;
  const title = channel.exercise?.title ?? room.exercise.data?.title;
  const heading = usePageHeading(title ?? t('control.title'));
  const status: ExerciseStatus | undefined = channel.exercise?.status ?? room.exercise.data?.status;
  const speed = channel.clock?.speed ?? room.exercise.data?.speed ?? 1;
  const readClock = room.timeline.data?.clock;
  const startMs = readClock ? Date.parse(readClock.scenarioTime) - readClock.offsetMs : null;
  const live = status === 'running' || status === 'paused';
  const ended = status === 'ended' || status === 'archived';
  // What this viewer may do, as the server says (the staff snapshot's `you`): the controls of
  // routes that would answer 403 are not offered. Unknown until the first snapshot.
  const viewerRole = channel.you?.kind === 'staff' ? channel.you.role : null;
  const mayControl = viewerRole === 'facilitator';
  const readOnlyNote = viewerRole === 'evaluator' ? t('control.viewer.evaluator') : null;
  // The scenario comes from the export, which is the facilitator's; an evaluator reads the roles
  // from the report, as the evaluator's view does.
  const outline = useExerciseOutline(exerciseId, viewerRole === 'evaluator');
  const roles = scenario?.roles ?? outline.data?.roles ?? [];
  const roleName = useRef(roleNamer(scenario));
  roleName.current = scenario ? roleNamer(scenario) : namerOf(roles);
  const nameRole = useCallback((role: string) => roleName.current(role), []);
  const announcement = useAnnouncement(channel.events, channel.exercise !== null, nameRole);
  const presenceNews = usePresenceAnnouncements(channel.presence, nameRole);

  useEffect(() => {
    // Signed out elsewhere, password changed …: the whole session is over, back to sign-in.
    if (channel.connection === 'ended' && channel.endedReason) staffAccessEnded(channel.endedReason);
  }, [channel.connection, channel.endedReason]);

  const refresh = room.refresh;
  // A read that failed (the network, a role that may not read it) is said once, above the panels.
  const readFailure =
    (viewerRole === 'evaluator' ? null : room.scenario.error) ?? room.timeline.error ?? room.clocks.error;
  return (
    <div className="dh-control">
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {title ?? t('control.title')}
      </h1>
      <div className="dh-visually-hidden" aria-live="polite" aria-relevant="additions">
        {announcement.map((item) => (
          <p key={item.seq}>{item.text}</p>
        ))}
        {presenceNews.map((item) => (
          <p key={`presence-${item.key}`}>{item.text}</p>
        ))}
      </div>
      {room.exercise.error ? (
        <p className="dh-error" role="alert">
          {failureText(t, room.exercise.error)}
        </p>
      ) : !status ? (
        <p className="utrecht-paragraph">{t('control.loading')}</p>
      ) : (
        <>
          <ControlStatus
            status={status}
            speed={speed}
            clock={channel.clock}
            startMs={startMs}
            scenario={scenario}
            channel={channel}
          />
          {readFailure && (
            <p className="dh-error" role="alert">
              {t('control.readFailed', { reason: failureText(t, readFailure) })}
            </p>
          )}
          <nav aria-label={t('control.onThisPage')} className="dh-control-nav">
            <ul>
              {ended && (
                <li>
                  <a className="utrecht-link" href="#control-hotwash-heading">
                    {t('control.hotwash.heading')}
                  </a>
                </li>
              )}
              <li>
                <a className="utrecht-link" href="#control-timeline-heading">
                  {t('control.timeline.heading')}
                </a>
              </li>
              <li>
                <a className="utrecht-link" href="#control-decisions-heading">
                  {t('control.decisions.heading')}
                </a>
              </li>
              <li>
                <a className="utrecht-link" href="#control-clocks-heading">
                  {t('control.clocks.heading')}
                </a>
              </li>
              <li>
                <a className="utrecht-link" href="#control-participants-heading">
                  {t('control.participants.heading')}
                </a>
              </li>
            </ul>
          </nav>
          {!ended &&
            (mayControl ? (
              <ClockControls
                exerciseId={exerciseId}
                status={status}
                speed={speed}
                clock={channel.clock}
                startMs={startMs}
                scenario={scenario}
                refresh={refresh}
              />
            ) : (
              <section className="dh-control-clock" aria-labelledby="control-clock-heading">
                <h2 className="utrecht-heading-2" id="control-clock-heading">
                  {t('control.clock.heading')}
                </h2>
                <p className="dh-notice" data-viewer={viewerRole ?? 'unknown'}>
                  {readOnlyNote ?? t('control.viewer.unknown')}
                </p>
              </section>
            ))}
          {ended && (
            <HotwashPanel
              exerciseId={exerciseId}
              events={channel.events}
              debrief={room.debrief.data}
              scenario={scenario}
              refresh={refresh}
              readOnlyNote={mayControl ? null : (readOnlyNote ?? t('control.viewer.unknown'))}
            />
          )}
          <TimelinePanel
            exerciseId={exerciseId}
            timeline={room.timeline.data}
            events={channel.events}
            scenario={scenario}
            clocks={room.clocks.data?.clocks ?? []}
            live={live && mayControl}
            refresh={refresh}
            readOnlyNote={live && viewerRole === 'evaluator' ? t('control.viewer.timelineEvaluator') : null}
          />
          <DecisionsPanel events={channel.events} scenario={scenario} />
          <ClockBoard
            exerciseId={exerciseId}
            clocks={room.clocks.data?.clocks ?? []}
            clock={channel.clock}
            scenario={scenario}
            live={live && mayControl}
            refresh={refresh}
          />
          <ParticipantsPanel
            exerciseId={exerciseId}
            events={channel.events}
            roles={roles}
            presence={channel.presence}
            connection={channel.connection}
            mayManage={mayControl}
          />
        </>
      )}
    </div>
  );
}
