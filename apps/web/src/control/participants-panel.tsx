import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@driehoek/scenario';
import { staffApi } from '../auth/session';
import type { ClientEvent } from '../realtime/contract';
import { formatWallTime } from '../time/format';
import { answerOf } from './problem';

/** The role a player's own action names, for the events a player sends. */
function actingRole(event: ClientEvent): string | undefined {
  switch (event.type) {
    case 'inject.acknowledged':
    case 'decision.recorded':
    case 'report.submitted':
    case 'playbook.step':
    case 'debrief.answered': // an anonymous answer names no role
      return event.payload.role;
    default:
      return undefined;
  }
}

/**
 * Per role: whether its join code works, and the last thing the role did (acknowledged, decided,
 * reported …) and when. The server tells no one who is connected — neither the snapshot nor the
 * events carry presence — so this page says so instead of guessing.
 */
export function ParticipantsPanel({
  exerciseId,
  events,
  scenario,
}: {
  exerciseId: string;
  events: readonly ClientEvent[];
  scenario: Scenario | undefined;
}) {
  const { t, i18n } = useTranslation();
  const codes = useQuery({
    queryKey: ['control', exerciseId, 'join-codes'],
    queryFn: () =>
      answerOf(staffApi.GET('/api/exercises/{exerciseId}/join-codes', { params: { path: { exerciseId } } })),
  });
  const last = new Map<string, ClientEvent>();
  for (const event of events) {
    const role = actingRole(event);
    if (role) last.set(role, event);
  }
  return (
    <section aria-labelledby="control-participants-heading" className="dh-control-section">
      <h2 className="utrecht-heading-2" id="control-participants-heading">
        {t('control.participants.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('control.participants.noPresence')}</p>
      <div
        className="dh-control-table"
        role="region"
        aria-labelledby="control-participants-heading"
        tabIndex={0}
      >
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('control.participants.role')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('control.participants.code')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('control.participants.lastAction')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {(scenario?.roles ?? []).map((role) => {
              const code = codes.data?.find((c) => c.role === role.id);
              const event = last.get(role.id);
              return (
                <tr className="utrecht-table__row" key={role.id}>
                  <th scope="row" className="utrecht-table__header-cell">
                    {role.name}
                  </th>
                  <td className="utrecht-table__cell">
                    {code === undefined
                      ? '…'
                      : code.active
                        ? t('control.participants.codeActive')
                        : t('control.participants.codeInactive')}
                  </td>
                  <td className="utrecht-table__cell">
                    {event
                      ? t('control.participants.action', {
                          action: t(`control.eventType.${event.type}`, event.type),
                          time: formatWallTime(event.wallTime, i18n.language),
                        })
                      : t('control.participants.noAction')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
