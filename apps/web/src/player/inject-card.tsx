import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientEvent } from '../realtime/contract';
import { formatScenarioTime, formatWallTime } from '../time/format';

export type DeliveredInject = Extract<ClientEvent, { type: 'inject.delivered' }>;

/** Only plain web links become links: an attachment's URL comes from a scenario, untrusted. */
function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * One inject as the player reads it. Everything in it comes from a scenario or a facilitator and is
 * rendered as text (React escapes it); line breaks are kept by CSS, never by HTML.
 */
export function InjectCard({
  inject,
  acknowledged,
  onAcknowledge,
}: {
  inject: DeliveredInject;
  acknowledged: boolean;
  onAcknowledge: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const acknowledgedHere = useRef(false);
  useEffect(() => {
    // The button is gone once it worked: keep the keyboard's place on what replaced it.
    if (acknowledged && acknowledgedHere.current) confirmation.current?.focus();
  }, [acknowledged]);
  const { payload } = inject;
  const headingId = `inject-${inject.seq}`;

  const acknowledge = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      acknowledgedHere.current = true;
      await onAcknowledge();
    } catch (error) {
      acknowledgedHere.current = false;
      const message = (error as Error).message;
      setFailure(message === 'offline' ? t('connection.reconnecting') : message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="dh-inject" data-unread={!acknowledged} aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {payload.title}
        {!acknowledged && <span className="dh-badge">{t('player.unread')}</span>}
      </h3>
      <dl className="dh-inject__meta">
        <dt>{t('player.channel')}</dt>
        <dd>{payload.channel.name}</dd>
        <dt>{t('player.from')}</dt>
        <dd>{payload.from ?? t('player.unknownSender')}</dd>
        <dt>{t('player.scenarioTimeLabel')}</dt>
        <dd>
          <time dateTime={inject.scenarioTime}>{formatScenarioTime(inject.scenarioTime, i18n.language)}</time>
        </dd>
        <dt>{t('player.wallTimeLabel')}</dt>
        <dd>
          <time dateTime={inject.wallTime}>{formatWallTime(inject.wallTime, i18n.language)}</time>
        </dd>
      </dl>
      <p className="dh-inject__content">{payload.content}</p>
      {payload.attachments.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{t('player.attachments')}</h4>
          <ul className="utrecht-unordered-list">
            {payload.attachments.map((attachment, index) => {
              const href = safeHref(attachment.url);
              return (
                <li className="utrecht-unordered-list__item" key={index}>
                  {href ? (
                    <a className="utrecht-link" href={href} target="_blank" rel="noopener noreferrer">
                      {attachment.name}
                    </a>
                  ) : (
                    attachment.name
                  )}
                  {attachment.description && ` — ${attachment.description}`}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {acknowledged ? (
        <p className="dh-acknowledged" ref={confirmation} tabIndex={-1}>
          {t('player.acknowledged')}
        </p>
      ) : (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => void acknowledge()}
          aria-disabled={busy || undefined}
          aria-describedby={headingId}
        >
          {busy ? t('player.acknowledging') : t('player.acknowledge')}
        </button>
      )}
      {failure && (
        <p className="dh-error" role="alert">
          {t('player.acknowledgeFailed', { message: failure })}
        </p>
      )}
    </article>
  );
}
