import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExercisePresence } from '../realtime/contract';

/** The last announcements kept in the live region (older ones have been read out). */
const ANNOUNCED_KEPT = 3;

/**
 * A role coming on line or dropping off is worth saying aloud; a second tablet of a role that is
 * on line already is there to be read.
 */
export function usePresenceAnnouncements(
  presence: ExercisePresence | null,
  roleName: (role: string) => string,
) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<{ key: number; text: string }[]>([]);
  const before = useRef<Map<string, number> | null>(null);
  const counter = useRef(0);
  useEffect(() => {
    if (!presence) return;
    const now = new Map(presence.roles.map((role) => [role.role, role.connections]));
    const was = before.current;
    before.current = now;
    // The first count is how things stand, not news.
    if (!was) return;
    const news: { key: number; text: string }[] = [];
    for (const [role, connections] of now) {
      const previous = was.get(role) ?? 0;
      if (previous === 0 && connections > 0)
        news.push({
          key: ++counter.current,
          text: t('control.participants.cameOnline', { role: roleName(role) }),
        });
      if (previous > 0 && connections === 0)
        news.push({
          key: ++counter.current,
          text: t('control.participants.wentOffline', { role: roleName(role) }),
        });
    }
    if (news.length) setSaid((earlier) => [...earlier, ...news].slice(-ANNOUNCED_KEPT));
  }, [presence, roleName, t]);
  return said;
}
