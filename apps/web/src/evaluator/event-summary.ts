import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOffset } from '../control/offset';
import type { ClientEvent } from '../realtime/contract';
import type { Role } from './exercise-outline';

/**
 * One line about an event for the evaluator's read-only timeline and the events an observation
 * refers to: what it is (`evaluator.events.<type>`) and, from its own payload, what it was about.
 * Titles, questions and decisions come from scenarios and players: the caller renders them as text.
 */
export function useEventSummary(events: readonly ClientEvent[], roles: readonly Role[]) {
  const { t } = useTranslation();
  const roleNames = useMemo(() => new Map(roles.map((role) => [role.id, role.name])), [roles]);
  const titles = useMemo(() => {
    const bySeq = new Map<number, string>();
    for (const event of events)
      if (event.type === 'inject.delivered') bySeq.set(event.seq, event.payload.title);
    return bySeq;
  }, [events]);

  const detail = useCallback(
    (event: ClientEvent): string => {
      const role = (id: string | null | undefined) => (id ? (roleNames.get(id) ?? id) : '');
      switch (event.type) {
        case 'clock.started':
        case 'clock.speed-changed':
          return t('evaluator.timeline.speed', { speed: event.payload.speed });
        case 'clock.jumped':
          return t('evaluator.timeline.jumped', { offset: formatOffset(event.payload.toOffsetMs) });
        case 'inject.delivered':
          return event.payload.title;
        case 'inject.acknowledged':
          return t('evaluator.timeline.acknowledged', {
            role: role(event.payload.role),
            title: titles.get(event.payload.seq) ?? `#${event.payload.seq}`,
          });
        case 'decision.opened':
          return `${role(event.payload.owner)}: ${event.payload.question}`;
        case 'decision.recorded':
          return `${role(event.payload.role)}: ${event.payload.besluit}`;
        case 'regulatory-clock.started':
          return event.payload.label ?? event.payload.clockId;
        case 'regulatory-clock.status':
          return t('evaluator.timeline.stage', {
            stage: event.payload.stage,
            status: t(`evaluator.stageStatus.${event.payload.status}`),
          });
        case 'report.submitted':
          return `${role(event.payload.role)}: ${event.payload.regime} ${event.payload.stage}${
            event.payload.late ? ` (${t('evaluator.timeline.late')})` : ''
          }`;
        case 'playbook.attached':
          return event.payload.title;
        case 'playbook.step':
          return `${role(event.payload.role)}: ${event.payload.stepId}`;
        case 'hotwash.point-captured':
          return event.payload.text;
        default:
          return '';
      }
    },
    [t, roleNames, titles],
  );

  const label = useCallback((event: ClientEvent) => t(`evaluator.events.${event.type}`), [t]);
  return { label, detail };
}
