import { useTranslation } from 'react-i18next';
import { Moment, useBilingual } from './readings';
import type { IncidentView } from './use-incident';

type Entry = IncidentView['timeline'][number];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One line from an entry's own payload; everything in it is rendered as text. */
function useDetail(view: IncidentView) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const stageLabel = (regime: string, stage: string) => {
    const found = view.clocks.find((c) => c.regime === regime)?.stages.find((s) => s.stage === stage);
    return found ? bilingual(found.label) : stage;
  };
  const stepTitle = (playbookId: string, stepId: string) =>
    view.playbooks.find((p) => p.playbookId === playbookId)?.steps.find((s) => s.stepId === stepId)?.title ??
    stepId;
  return (entry: Entry): string => {
    const p = entry.payload;
    switch (entry.type) {
      case 'incident.opened':
        return text(p.title);
      case 'incident.aware':
        return [text(p.by), text(p.role)].filter(Boolean).join(', ');
      case 'report.submitted':
        return `${stageLabel(text(p.regime), text(p.stage))}${p.late === true ? ` (${t('incidents.timeline.late')})` : ''}`;
      case 'report.requested':
        return text(p.regime);
      case 'incident.handling-closed':
        return text(p.by);
      case 'incident.decision':
        return text(p.besluit);
      case 'incident.note':
        return text(p.text);
      case 'playbook.attached':
        return text(p.title);
      case 'playbook.step':
        return stepTitle(text(p.playbookId), text(p.stepId));
      case 'review.recorded':
        return text(p.summary);
      default:
        return '';
    }
  };
}

/** The incident's log, newest first: what happened, when (Dutch time) and who recorded it. */
export function TimelineSection({ view }: { view: IncidentView }) {
  const { t } = useTranslation();
  const detail = useDetail(view);
  const entries = [...view.timeline].reverse();
  return (
    <ol className="dh-log">
      {entries.map((entry) => {
        const line = detail(entry);
        return (
          <li key={entry.seq}>
            <span className="dh-log__seq">#{entry.seq}</span>
            <span className="dh-log__times">
              <Moment iso={entry.recordedAt} />
              {entry.actor && ` · ${entry.actor}`}
            </span>
            <span className="dh-log__what">
              <strong>{t(`incidents.timeline.types.${entry.type}`, { defaultValue: entry.type })}</strong>
              {line && <span className="dh-log__detail">{line}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
