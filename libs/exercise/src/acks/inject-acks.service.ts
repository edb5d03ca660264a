import { Injectable } from '@nestjs/common';
import { AppException } from '@driehoek/core';
import { LiveExercise } from '../live/live-exercise';
import { EventLog } from '../log/event-log';
import { visibleTo } from '../stream/visibility';

/**
 * A player acknowledges an inject it received. Idempotent per inject and role: acknowledging again
 * answers with the first acknowledgement and logs nothing.
 */
@Injectable()
export class InjectAcks {
  constructor(
    private readonly live: LiveExercise,
    private readonly log: EventLog,
  ) {}

  ack(exerciseId: string, role: string, seq: number): Promise<{ seq: number }> {
    return this.live.run(exerciseId, {
      kind: 'player.write',
      handle: async (ctx) => {
        const [event] = await this.log.range(exerciseId, seq, seq, ctx.manager);
        if (
          !event ||
          event.type !== 'inject.delivered' ||
          !visibleTo(event.audience, { kind: 'player', role })
        )
          throw AppException.notFound('Inject');
        const earlier = await this.log.acknowledgement(exerciseId, seq, role, ctx.manager);
        if (earlier) return { seq: earlier };
        const [ack] = await ctx.append([
          {
            type: 'inject.acknowledged',
            offsetMs: ctx.offsetMs,
            wallTime: ctx.wallTime,
            actor: role,
            audience: [],
            payload: { seq, injectId: event.payload.injectId as string, role },
          },
        ]);
        return { seq: ack.seq };
      },
    });
  }
}
