import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { InjectCard, type DeliveredInject } from './inject-card';

/** The inject feed, newest first: the player's home. */
export function FeedSection({
  injects,
  acknowledged,
  unread,
  onAcknowledge,
  headingRef,
}: {
  injects: DeliveredInject[];
  acknowledged: ReadonlySet<number>;
  unread: number;
  onAcknowledge: (seq: number) => Promise<void>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="feed-heading" className="dh-section">
      <h2 className="utrecht-heading-2" id="feed-heading" ref={headingRef} tabIndex={-1}>
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
                onAcknowledge={() => onAcknowledge(inject.seq)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
