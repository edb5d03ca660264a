import './player.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import type { ClientEvent } from '../realtime/contract';
import { useExerciseChannel, type ChannelState } from '../realtime/use-exercise-channel';
import { useAcknowledged } from './acknowledged-injects';
import { ClocksSection } from './clocks-section';
import { DebriefSection, isOver, useAnswered, useDebriefQuestions } from './debrief-section';
import { decisionPoints, type DecisionPoint } from './decision-points';
import { DecisionsSection, openDecisionPoints } from './decisions-section';
import { FeedSection } from './feed-section';
import type { DeliveredInject } from './inject-card';
import { reportsOwed, useLiveClocks, useRefreshOnChange, type PlayerClock } from './live-clocks';
import { PlaybookSection, openSteps } from './playbook-section';
import { clearPlayerSession, loadPlayerSession, type PlayerSession } from './player-session';
import { ScenarioClock } from './scenario-clock';

export function PlayerPage() {
  const session = useMemo(loadPlayerSession, []);
  if (!session) return <Navigate to="/" replace />;
  return <PlayerView session={session} />;
}

function ConnectionStatus({ state }: { state: ChannelState }) {
  const { t } = useTranslation();
  const text =
    state.connection === 'ended'
      ? t('connection.ended', { reason: t(`accessEnded.${state.endedReason ?? 'access-withdrawn'}`) })
      : t(`connection.${state.connection}`);
  return (
    <div>
      <dt>{t('connection.label')}</dt>
      <dd>
        <span className="dh-connection" data-state={state.connection} role="status">
          {text}
        </span>
      </dd>
    </div>
  );
}

/** The parts of the player's view; the feed is home. */
const SECTIONS = ['feed', 'decisions', 'clocks', 'playbook', 'debrief'] as const;
type Section = (typeof SECTIONS)[number];

const sectionOf = (value: string | null): Section =>
  SECTIONS.includes(value as Section) ? (value as Section) : 'feed';

type Translate = ReturnType<typeof useTranslation>['t'];

/** What a screen reader is told of an event that arrived live; '' for what needs no telling. */
function announcement(
  event: ClientEvent,
  role: string,
  points: readonly DecisionPoint[],
  clocks: readonly PlayerClock[],
  t: Translate,
  language: string,
): string {
  switch (event.type) {
    case 'inject.delivered':
      return t('player.newInject', { channel: event.payload.channel.name, title: event.payload.title });
    case 'decision.opened':
      return event.payload.owner === role
        ? t('player.announce.decisionOpened', { question: event.payload.question })
        : t('player.announce.decisionConsulted', { question: event.payload.question });
    case 'decision.overdue': {
      const point = points.find((p) => p.id === event.payload.decisionPointId);
      return point && point.owner === role && !point.decision
        ? t('player.announce.decisionOverdue', { question: point.question })
        : '';
    }
    case 'regulatory-clock.started':
      return t('player.announce.clockStarted', { clock: event.payload.label ?? event.payload.clockId });
    case 'regulatory-clock.status': {
      const clock = clocks.find((c) => c.id === event.payload.clockId);
      const stage = clock?.stages.find((s) => s.stage === event.payload.stage);
      const label = stage ? (language === 'en' ? stage.label.en : stage.label.nl) : event.payload.stage;
      return t(`player.announce.stage.${event.payload.status}`, { stage: label, clock: clock?.label ?? '' });
    }
    case 'report.requested':
      return t('player.announce.reportRequested');
    case 'playbook.attached':
      return t('player.announce.playbookAttached', { title: event.payload.title });
    case 'hotwash.point-captured':
      return t('player.announce.hotwashPoint', { text: event.payload.text });
    case 'clock.stopped':
      return t('player.announce.ended');
    default:
      return '';
  }
}

/**
 * The player's view, tablet first: who you are, the clock, the connection, and the parts of the
 * exercise — the inject feed (home), decisions, regulatory clocks with their reports, the playbook
 * and, after the end, the hot wash — each reachable from the navigation with what needs attention.
 */
function PlayerView({ session }: { session: PlayerSession }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const active = sectionOf(params.get('view'));
  const channel = useExerciseChannel(session.code);
  const [acknowledged, markAcknowledged] = useAcknowledged(session.exerciseId, session.role);
  const heading = usePageHeading(session.roleName);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const [announced, setAnnounced] = useState('');
  useRefreshOnChange(channel);
  const clocks = useLiveClocks(channel);

  const injects = useMemo(
    () =>
      channel.events.filter((event): event is DeliveredInject => event.type === 'inject.delivered').reverse(),
    [channel.events],
  );
  const points = useMemo(() => decisionPoints(channel.events), [channel.events]);
  const over = isOver(channel.exercise?.status);
  const questions = useDebriefQuestions(session, over);
  const [answered, markAnswered] = useAnswered(session.exerciseId, session.role);

  const counts: Record<Section, string | null> = {
    feed: unreadText(
      injects.filter((inject) => !acknowledged.has(inject.seq)).length,
      'player.unreadCount',
      t,
    ),
    decisions: unreadText(openDecisionPoints(points, session.role).length, 'player.sections.openCount', t),
    clocks: (() => {
      const { owed, urgent } = reportsOwed(clocks, session.role);
      if (!owed) return null;
      return urgent
        ? t('player.sections.reportsUrgent', { count: owed, urgent })
        : t('player.sections.reportsOwed', { count: owed });
    })(),
    playbook: unreadText(openSteps(channel.playbooks, session.role), 'player.sections.openCount', t),
    debrief: over
      ? unreadText(
          (questions.data ?? []).filter((q) => !answered.has(q.id)).length,
          'player.sections.toAnswer',
          t,
        )
      : null,
  };

  // What arrived after the first snapshot is news: said in the live region, without moving the focus.
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (!channel.exercise) return;
    const last = channel.events.at(-1)?.seq ?? 0;
    const after = seen.current;
    seen.current = Math.max(after ?? 0, last);
    if (after === null) return;
    const news = channel.events
      .filter((event) => event.seq > after)
      .map((event) => announcement(event, session.role, points, clocks, t, i18n.language))
      .filter(Boolean);
    // The region is in the page from the start; changing its text is what a screen reader announces.
    if (news.length) setAnnounced(news.join(' '));
  }, [channel.events, channel.exercise, session.role, points, clocks, t, i18n.language]);

  // A part chosen from the navigation takes the focus to its heading, as a new page would.
  const shown = useRef(active);
  useEffect(() => {
    if (shown.current === active) return;
    shown.current = active;
    sectionHeading.current?.focus();
  }, [active]);

  const leave = () => {
    clearPlayerSession();
    void navigate('/', { replace: true });
  };

  return (
    <div>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {session.roleName}
      </h1>
      <dl className="dh-status">
        <div>
          <dt>{t('player.exercise')}</dt>
          <dd>{channel.exercise?.title ?? t('player.connecting')}</dd>
        </div>
        {channel.clock && <ScenarioClock clock={channel.clock} />}
        <ConnectionStatus state={channel} />
      </dl>
      <div className="dh-visually-hidden" aria-live="polite" aria-atomic="true">
        {announced}
      </div>
      <nav className="dh-sections" aria-label={t('player.sections.label')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <Link
                className="dh-sections__link"
                to={section === 'feed' ? '/play' : `/play?view=${section}`}
                aria-current={active === section ? 'page' : undefined}
              >
                {t(`player.sections.${section}`)}
                {counts[section] && (
                  <span className="dh-badge">
                    <span className="dh-visually-hidden">, </span>
                    {counts[section]}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {active === 'feed' && (
        <FeedSection
          injects={injects}
          acknowledged={acknowledged}
          unread={injects.filter((inject) => !acknowledged.has(inject.seq)).length}
          onAcknowledge={async (seq) => {
            await channel.acknowledge(seq);
            markAcknowledged(seq);
          }}
          headingRef={sectionHeading}
        />
      )}
      {active === 'decisions' && (
        <DecisionsSection session={session} channel={channel} headingRef={sectionHeading} />
      )}
      {active === 'clocks' && (
        <ClocksSection session={session} channel={channel} clocks={clocks} headingRef={sectionHeading} />
      )}
      {active === 'playbook' && (
        <PlaybookSection session={session} channel={channel} headingRef={sectionHeading} />
      )}
      {active === 'debrief' && (
        <DebriefSection
          session={session}
          channel={channel}
          answered={answered}
          markAnswered={markAnswered}
          headingRef={sectionHeading}
        />
      )}
      <p className="utrecht-paragraph dh-leave">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={leave}>
          {t('player.leave')}
        </button>
      </p>
    </div>
  );
}

function unreadText(count: number, key: string, t: Translate): string | null {
  return count > 0 ? t(key, { count }) : null;
}
