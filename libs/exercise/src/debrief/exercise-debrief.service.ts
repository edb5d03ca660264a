import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource, In } from 'typeorm';
import { ExerciseEntity } from '../exercise.entity';
import { ExerciseService } from '../exercise.service';
import { LiveExercise } from '../live/live-exercise';
import { ExerciseEventEntity } from '../log/exercise-event.entity';
import { scenarioStartMs } from '../regulatory/scenario-start';
import type {
  DebriefAnswerInput,
  DebriefAnsweredPayload,
  HotwashPointInput,
  HotwashPointPayload,
} from './debrief.input';
import { askedOf, debriefQuestions, type DebriefLanguage } from './debrief-questions';

export const DEBRIEF_ANSWERED = 'debrief.answered' as const;
export const HOTWASH_POINT_CAPTURED = 'hotwash.point-captured' as const;

const INVALID = 'The answer is not valid';

/**
 * The hot wash after an exercise. Players answer the debrief questions once it has ended; an
 * anonymous answer is logged with no identity at all (no role in its payload, no actor, staff
 * only), so nothing links it to a role, a join code or a session. The facilitator captures the
 * group hot wash's points live, for every participant to see.
 */
@Injectable()
export class ExerciseDebrief {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveExercise,
    private readonly exercises: ExerciseService,
    private readonly scenarios: ScenarioLibraryService,
  ) {}

  /** The role behind a join code of this exercise; "invalid code" for any other. */
  async roleOf(exerciseId: string, joinCode: string): Promise<string> {
    const found = await this.exercises.checkJoinCode(joinCode);
    if (found.exerciseId !== exerciseId) throw new AppException(ErrorCode.Unauthorized, 'invalid code');
    return found.role;
  }

  /** The questions put to a role. */
  async questionsFor(exerciseId: string, role: string) {
    const { scenario } = await this.scenarioOf(exerciseId);
    return debriefQuestions(scenario).filter((q) => askedOf(q, role));
  }

  answer(exerciseId: string, role: string, input: DebriefAnswerInput): Promise<{ seq: number }> {
    return this.live.run(exerciseId, {
      kind: 'player.debrief',
      handle: async (ctx) => {
        const questions = debriefQuestions(ctx.scenario);
        const question = questions.find((q) => q.id === input.questionId);
        if (!question)
          throw new AppException(ErrorCode.ValidationFailed, INVALID, [
            {
              path: 'questionId',
              message: `No debrief question "${input.questionId}"; the questions are ${questions.map((q) => `"${q.id}"`).join(', ')}`,
            },
          ]);
        if (!askedOf(question, role))
          throw new AppException(ErrorCode.Forbidden, `Question "${question.id}" is not put to your role`);
        if (input.anonymous && !question.anonymousAllowed)
          throw new AppException(ErrorCode.ValidationFailed, INVALID, [
            {
              path: 'anonymous',
              message: `Question "${question.id}" is asked of some roles only, so an anonymous answer would tell whose it is; answer it with your role`,
            },
          ]);
        if (question.kind === 'scale' ? typeof input.answer !== 'number' : typeof input.answer !== 'string')
          throw new AppException(ErrorCode.ValidationFailed, INVALID, [
            {
              path: 'answer',
              message:
                question.kind === 'scale'
                  ? `Question "${question.id}" is a scale: answer with a whole number from 1 to 5`
                  : `Question "${question.id}" asks for a text`,
            },
          ]);
        // Anonymous: no role, no actor — nothing in the row names who answered.
        const payload: DebriefAnsweredPayload = input.anonymous
          ? { questionId: question.id, answer: input.answer, anonymous: true }
          : { questionId: question.id, answer: input.answer, anonymous: false, role };
        const [logged] = await ctx.append([
          {
            type: DEBRIEF_ANSWERED,
            offsetMs: ctx.offsetMs,
            wallTime: ctx.wallTime,
            actor: input.anonymous ? null : role,
            audience: [],
            payload,
          },
        ]);
        return { seq: logged.seq };
      },
    });
  }

  capture(
    exerciseId: string,
    capturedBy: string,
    input: HotwashPointInput,
  ): Promise<{ seq: number; pointId: string }> {
    return this.live.run(exerciseId, {
      kind: 'facilitator.hotwash',
      handle: async (ctx) => {
        const pointId = randomUUID();
        const payload: HotwashPointPayload = {
          pointId,
          text: input.text,
          ...(input.kind !== undefined && { kind: input.kind }),
          capturedBy,
        };
        const [logged] = await ctx.append([
          {
            type: HOTWASH_POINT_CAPTURED,
            offsetMs: ctx.offsetMs,
            wallTime: ctx.wallTime,
            actor: capturedBy,
            audience: ['*'],
            payload,
          },
        ]);
        return { seq: logged.seq, pointId };
      },
    });
  }

  /** For staff: every question with its answers, and the hot-wash points, in log order. */
  async read(exerciseId: string, language?: DebriefLanguage) {
    const { scenario } = await this.scenarioOf(exerciseId);
    const start = scenarioStartMs(scenario);
    const rows = await this.dataSource.manager.find(ExerciseEventEntity, {
      select: { seq: true, type: true, offsetMs: true, wallTime: true, payload: true },
      where: { exerciseId, type: In([DEBRIEF_ANSWERED, HOTWASH_POINT_CAPTURED]) },
      order: { seq: 'ASC' },
    });
    const at = (row: ExerciseEventEntity) => ({
      seq: row.seq,
      scenarioTime: new Date(start + row.offsetMs).toISOString(),
    });
    const answers = rows
      .filter((row) => row.type === DEBRIEF_ANSWERED)
      .map((row) => ({ ...(row.payload as DebriefAnsweredPayload), ...at(row) }));
    return {
      questions: debriefQuestions(scenario, language).map((question) => ({
        ...question,
        answers: answers
          .filter((a) => a.questionId === question.id)
          .map(({ questionId: _, ...answer }) => answer),
      })),
      hotwash: rows
        .filter((row) => row.type === HOTWASH_POINT_CAPTURED)
        .map((row) => ({
          ...(row.payload as HotwashPointPayload),
          ...at(row),
          wallTime: row.wallTime.toISOString(),
        })),
    };
  }

  private async scenarioOf(exerciseId: string) {
    const exercise = await this.dataSource.getRepository(ExerciseEntity).findOneBy({ id: exerciseId });
    if (!exercise) throw AppException.notFound('Exercise');
    return this.scenarios.resolveVersionId(exercise.scenarioVersionId);
  }
}
