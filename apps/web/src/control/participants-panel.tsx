import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { staffApi } from '../auth/session';
import type { ClientEvent, ExercisePresence } from '../realtime/contract';
import type { Connection } from '../realtime/use-exercise-channel';
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
 * Per role: how many of its devices are connected now and since when (the server's presence,
 * live), whether its join code works (for a facilitator: the codes are theirs to manage), and the
 * last thing the role did (acknowledged, decided, reported …) and when. Below it, the staff
 * connected by role.
 */
export function ParticipantsPanel({
  exerciseId,
  events,
  roles,
  presence,
  connection,
  mayManage,
}: {
  exerciseId: string;
  events: readonly ClientEvent[];
  /** The scenario's roles, with the names people read. */
  roles: readonly { id: string; name: string }[];
  presence: ExercisePresence | null;
  connection: Connection;
  /** A facilitator: sees the join codes' state (an evaluator may not read them). */
  mayManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const codes = useQuery({
    queryKey: ['control', exerciseId, 'join-codes'],
    queryFn: () =>
      answerOf(staffApi.GET('/api/exercises/{exerciseId}/join-codes', { params: { path: { exerciseId } } })),
    enabled: mayManage,
  });
  const last = new Map<string, ClientEvent>();
  for (const event of events) {
    const role = actingRole(event);
    if (role) last.set(role, event);
  }
  const byRole = new Map((presence?.roles ?? []).map((role) => [role.role, role]));
  const presenceText = (roleId: string) => {
    if (!presence) return '…';
    const role = byRole.get(roleId);
    if (!role || role.connections === 0 || !role.latestJoinedAt)
      return t('control.participants.notConnected');
    return t('control.participants.connected', {
      count: role.connections,
      time: formatWallTime(role.latestJoinedAt, i18n.language),
    });
  };
  return (
    <section aria-labelledby="control-participants-heading" className="dh-control-section">
      <h2 className="utrecht-heading-2" id="control-participants-heading">
        {t('control.participants.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('control.participants.intro')}</p>
      {presence && connection !== 'online' && <p className="dh-notice">{t('control.participants.stale')}</p>}
      {presence && !presence.complete && connection === 'online' && (
        <p className="dh-notice">{t('control.participants.incomplete')}</p>
      )}
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
                {t('control.participants.presence')}
              </th>
              {mayManage && (
                <th scope="col" className="utrecht-table__header-cell">
                  {t('control.participants.code')}
                </th>
              )}
              <th scope="col" className="utrecht-table__header-cell">
                {t('control.participants.lastAction')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {roles.map((role) => {
              const code = codes.data?.find((c) => c.role === role.id);
              const event = last.get(role.id);
              const connected = (byRole.get(role.id)?.connections ?? 0) > 0;
              return (
                <tr className="utrecht-table__row" key={role.id} data-role={role.id}>
                  <th scope="row" className="utrecht-table__header-cell">
                    {role.name}
                  </th>
                  <td className="utrecht-table__cell" data-connected={presence ? connected : undefined}>
                    {presenceText(role.id)}
                  </td>
                  {mayManage && (
                    <td className="utrecht-table__cell">
                      {code === undefined
                        ? '…'
                        : code.active
                          ? t('control.participants.codeActive')
                          : t('control.participants.codeInactive')}
                    </td>
                  )}
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
      {presence && (
        <p className="utrecht-paragraph">
          {t('control.participants.staff', {
            facilitators: t('control.participants.facilitators', { count: presence.staff.facilitator }),
            evaluators: t('control.participants.evaluators', { count: presence.staff.evaluator }),
          })}
        </p>
      )}
    </section>
  );
}
