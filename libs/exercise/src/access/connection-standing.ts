import { Injectable } from '@nestjs/common';
import { AuthService } from '@driehoek/identity';
import { ExerciseRepository } from '../exercise.repository';
import { ExerciseService } from '../exercise.service';
import type { AccessEndedReason } from '../realtime/realtime-contract';

/** The credential a live connection came in with, kept for as long as it is connected. */
export type ConnectionCredential =
  | { kind: 'player'; exerciseId: string; joinCodeId: string }
  | {
      kind: 'staff';
      exerciseId: string;
      sessionId: string;
      userId: string;
      role: 'facilitator' | 'evaluator';
    };

export type Standing = { ok: true } | { ok: false; reason: AccessEndedReason };

const OK: Standing = { ok: true };

/**
 * Whether a live connection's credential still counts, read from PostgreSQL. Connections are
 * checked when a notice says their access may have changed and again before each message they
 * send, so a process that missed a notice still refuses the next write.
 */
@Injectable()
export class ConnectionStanding {
  constructor(
    private readonly exercises: ExerciseRepository,
    private readonly exerciseAccess: ExerciseService,
    private readonly auth: AuthService,
  ) {}

  async check(credential: ConnectionCredential): Promise<Standing> {
    return credential.kind === 'player' ? this.player(credential) : this.staff(credential);
  }

  private async player({ joinCodeId, exerciseId }: { joinCodeId: string; exerciseId: string }) {
    const code = await this.exercises.findJoinCode(joinCodeId);
    if (!code || code.exerciseId !== exerciseId || code.exercise.status === 'archived')
      return ended(code?.exercise.status === 'archived' ? 'exercise-archived' : 'join-code-revoked');
    return code.revokedAt ? ended('join-code-revoked') : OK;
  }

  private async staff(credential: Extract<ConnectionCredential, { kind: 'staff' }>): Promise<Standing> {
    const standing = await this.auth.sessionStanding(credential.sessionId);
    if ('ended' in standing) return ended(standing.ended);
    const access = await this.exerciseAccess.access(standing.principal, credential.exerciseId);
    if (!access) return ended('access-withdrawn');
    if (access.exercise.status === 'archived') return ended('exercise-archived');
    return access.role === credential.role ? OK : ended('role-changed');
  }
}

function ended(reason: AccessEndedReason): Standing {
  return { ok: false, reason };
}
