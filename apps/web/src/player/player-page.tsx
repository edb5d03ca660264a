import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { useExerciseChannel, type ChannelState } from '../realtime/use-exercise-channel';
import { useAcknowledged } from './acknowledged-injects';
import { InjectCard, type DeliveredInject } from './inject-card';
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

/** The player's view, tablet first: who you are, the clock, the connection, and the inject feed. */
function PlayerView({ session }: { session: PlayerSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const channel = useExerciseChannel(session.code);
  const [acknowledged, markAcknowledged] = useAcknowledged(session.exerciseId, session.role);
  const heading = usePageHeading(session.roleName);
  const [announcement, setAnnouncement] = useState('');

  const injects = useMemo(
    () =>
      channel.events.filter((event): event is DeliveredInject => event.type === 'inject.delivered').reverse(),
    [channel.events],
  );
  const unread = injects.filter((inject) => !acknowledged.has(inject.seq)).length;

  useEffect(() => {
    // The region is in the page from the start; changing its text is what a screen reader announces.
    if (!channel.arrived.length) return;
    setAnnouncement(
      channel.arrived
        .map((event) =>
          event.type === 'inject.delivered'
            ? t('player.newInject', { channel: event.payload.channel.name, title: event.payload.title })
            : '',
        )
        .join(' '),
    );
  }, [channel.arrived, t]);

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
        {announcement}
      </div>
      <section aria-labelledby="feed-heading">
        <h2 className="utrecht-heading-2" id="feed-heading">
          {t('player.injects')}
          {unread > 0 && <span className="dh-badge">{t('player.unreadCount', { count: unread })}</span>}
        </h2>
        {injects.length === 0 ? (
          <p className="utrecht-paragraph">{t('player.noInjects')}</p>
        ) : (
          <ol className="dh-feed">
            {injects.map((inject) => (
              <li key={inject.seq}>
                <InjectCard
                  inject={inject}
                  acknowledged={acknowledged.has(inject.seq)}
                  onAcknowledge={async () => {
                    await channel.acknowledge(inject.seq);
                    markAcknowledged(inject.seq);
                  }}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <p className="utrecht-paragraph">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={leave}>
          {t('player.leave')}
        </button>
      </p>
    </div>
  );
}
