import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client';
import { normaliseCode, savePlayerSession, type PlayerSession } from './player-session';

export type JoinError = 'empty' | 'invalid' | 'tooMany' | 'network' | 'unknown';

export class JoinFailed extends Error {
  constructor(readonly reason: JoinError) {
    super(reason);
  }
}

/** POST /api/join: the code checked by the server, answered with the exercise and the role. */
async function join(input: string): Promise<PlayerSession> {
  const code = normaliseCode(input);
  if (!code) throw new JoinFailed('empty');
  let result;
  try {
    result = await api.POST('/api/join', { body: { code } });
  } catch {
    throw new JoinFailed('network');
  }
  const { data, response } = result;
  if (data) {
    const session = { code, exerciseId: data.exerciseId, role: data.role, roleName: data.roleName };
    savePlayerSession(session);
    return session;
  }
  if (response.status === 401 || response.status === 422) throw new JoinFailed('invalid');
  if (response.status === 429) throw new JoinFailed('tooMany');
  throw new JoinFailed('unknown');
}

export function useJoin() {
  return useMutation<PlayerSession, JoinFailed, string>({ mutationFn: join });
}
