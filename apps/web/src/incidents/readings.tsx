import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../auth/dates';

export type StageStatus = 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';
export type Bilingual = { nl: string; en: string };

/** A bilingual label from the server (stage, clock, recipient) in the reader's language. */
export function useBilingual(): (label: Bilingual) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback((label: Bilingual) => (english ? label.en : label.nl), [english]);
}

/** A real moment as it reads in the Netherlands, marked up as a time. */
export function Moment({ iso }: { iso: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!iso) return <>{t('incidents.none')}</>;
  return <time dateTime={iso}>{formatMoment(iso, i18n.language)}</time>;
}

/**
 * A stage's status in words, with a sign beside the colour so it never rests on colour alone:
 * due soon and missed are what the CISO acts on.
 */
export function StageStatusText({ status }: { status: StageStatus }) {
  const { t } = useTranslation();
  return (
    <span className="dh-stage-status" data-status={status}>
      {t(`incidents.stageStatus.${status}`)}
    </span>
  );
}

/**
 * Both readings of a deadline, in Dutch time: the operational deadline to aim for first, the latest
 * legal reading (Reg. 1182/71) beside it, as docs/clocks.md asks.
 */
export function Readings({
  operationalDue,
  legalLatest,
}: {
  operationalDue: string | null;
  legalLatest: string | null;
}) {
  const { t } = useTranslation();
  return (
    <dl className="dh-readings">
      <div>
        <dt>{t('incidents.readings.operational')}</dt>
        <dd>
          <Moment iso={operationalDue} />
        </dd>
      </div>
      {legalLatest && (
        <div>
          <dt>{t('incidents.readings.legal')}</dt>
          <dd>
            <Moment iso={legalLatest} />
          </dd>
        </div>
      )}
    </dl>
  );
}
