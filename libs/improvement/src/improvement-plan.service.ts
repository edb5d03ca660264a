import { Injectable } from '@nestjs/common';
import { AuditService } from '@driehoek/audit';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import { auditActor, type Principal } from '@driehoek/identity';
import type { EntityManager } from 'typeorm';
import {
  UNFINISHED_STATUSES,
  type ActionFields,
  type ActionSource,
  type ActionStatus,
  type FieldChanges,
  type HistoryEntryView,
  type HistoryKind,
  type ImprovementActionView,
  type OpenActionSummary,
  type RetestView,
} from './improvement-action';
import type { ImprovementActionChangeEntity } from './improvement-action-change.entity';
import type { ImprovementActionEntity } from './improvement-action.entity';
import type { ActionFieldsInput, ImprovementActionPatch, NewImprovementAction } from './improvement.dto';
import { improvementPlanCsv, type CsvLanguage } from './improvement-csv';
import { ImprovementRepository } from './improvement.repository';
import type { ImprovementRetestEntity } from './improvement-retest.entity';
import { applyPatch, diff, isActionRefusal, newActionState, type ActionRefusal } from './improvement-rules';

function rejection(refusal: ActionRefusal): AppException {
  return new AppException(ErrorCode.ValidationFailed, 'The improvement action is not valid', refusal.errors);
}

function fieldsOf(row: ImprovementActionEntity): ActionFields {
  return {
    objective: row.objective === null ? null : { id: row.objectiveId, title: row.objective },
    areaForImprovement: row.areaForImprovement,
    correctiveAction: row.correctiveAction,
    capabilityElement: row.capabilityElement,
    responsibleOrganisation: row.responsibleOrganisation,
    contactRole: row.contactRole,
    startDate: row.startDate,
    dueDate: row.dueDate,
    status: row.status,
    reason: row.reason,
  };
}

function columnsOf(fields: ActionFields) {
  const { objective, ...rest } = fields;
  return { ...rest, objective: objective?.title ?? null, objectiveId: objective?.id ?? null };
}

function sourceOf(row: ImprovementActionEntity): ActionSource {
  return row.sourceExerciseId
    ? { kind: 'exercise', exerciseId: row.sourceExerciseId, observationIds: row.observationIds }
    : { kind: 'incident', incidentId: row.sourceIncidentId! };
}

function view(row: ImprovementActionEntity, retests: ImprovementRetestEntity[]): ImprovementActionView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    ...fieldsOf(row),
    source: sourceOf(row),
    retestedIn: retests
      .filter((r) => r.actionId === row.id)
      .map((r) => ({ exerciseId: r.exerciseId, objectiveId: r.objectiveId })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function historyView(entry: ImprovementActionChangeEntity): HistoryEntryView {
  return {
    seq: entry.seq,
    kind: entry.kind,
    recordedAt: entry.recordedAt.toISOString(),
    actor: entry.actorLabel,
    changes: entry.changes,
  };
}

/**
 * The organisation's improvement plan: actions from exercises and real incidents in one list,
 * in HSEEP's columns, open across exercises until done or dropped. Every change is an entry in the
 * action's append-only history and an audit entry, written in one transaction with the action's
 * current state.
 */
@Injectable()
export class ImprovementPlan {
  constructor(
    private readonly actions: ImprovementRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(
    principal: Principal,
    organisationId: string,
    input: NewImprovementAction,
  ): Promise<ImprovementActionView> {
    const { source, ...fields } = input;
    const state = this.checked(fields);
    const resolved: ActionSource =
      'exerciseId' in source
        ? { kind: 'exercise', exerciseId: source.exerciseId, observationIds: source.observationIds ?? [] }
        : { kind: 'incident', incidentId: source.incidentId };
    return this.actions.transaction(async (manager) => {
      const [table, id, path] =
        resolved.kind === 'exercise'
          ? (['exercise', resolved.exerciseId, 'source.exerciseId'] as const)
          : (['incident', resolved.incidentId, 'source.incidentId'] as const);
      if (!(await this.actions.sourceExists(organisationId, { table, id }, manager)))
        throw new AppException(ErrorCode.ValidationFailed, 'The improvement action is not valid', [
          { path, message: `is not an ${table} of this organisation`, code: 'invalid-value' },
        ]);
      const [action] = await this.raiseChecked(principal, organisationId, [state], resolved, manager);
      return action;
    });
  }

  /**
   * Raises actions in the caller's transaction (a post-incident review: the incident is locked and
   * known to be the organisation's). Refuses them all when one breaks a rule, naming it by index.
   * `ids` lets the caller name the new actions before they exist (in the incident's log entry).
   */
  raise(
    principal: Principal,
    organisationId: string,
    inputs: readonly ActionFieldsInput[],
    source: ActionSource,
    manager: EntityManager,
    options: { path?: string; ids?: readonly string[] } = {},
  ): Promise<ImprovementActionView[]> {
    const path = options.path ?? 'actions';
    const states = inputs.map((input, i) => {
      try {
        return this.checked(input);
      } catch (error) {
        if (error instanceof AppException && error.errors)
          throw new AppException(
            error.code,
            error.message,
            error.errors.map((e) => ({ ...e, path: `${path}[${i}].${e.path}` })),
          );
        throw error;
      }
    });
    return this.raiseChecked(principal, organisationId, states, source, manager, options.ids);
  }

  async update(
    principal: Principal,
    organisationId: string,
    actionId: string,
    patch: ImprovementActionPatch,
  ): Promise<ImprovementActionView> {
    return this.actions.transaction(async (manager) => {
      const row = await this.actions.lock(organisationId, actionId, manager);
      if (!row) throw AppException.notFound('Improvement action');
      const applied = applyPatch(fieldsOf(row), patch);
      if (isActionRefusal(applied)) throw rejection(applied);
      if (!Object.keys(applied.changes).length) return this.viewOf(row, manager);
      const updated = await this.record(
        principal,
        row,
        'updated',
        applied.changes,
        manager,
        columnsOf(applied.next),
      );
      return this.viewOf(updated, manager);
    });
  }

  /** An objective of an exercise re-tests an action still to be done (checked by the caller: exercise and objective). */
  async linkRetest(
    principal: Principal,
    organisationId: string,
    actionId: string,
    retest: { exerciseId: string; objectiveId: string },
  ): Promise<RetestView> {
    return this.actions.transaction(async (manager) => {
      const row = await this.actions.lock(organisationId, actionId, manager);
      if (!row)
        throw new AppException(ErrorCode.ValidationFailed, 'The retest is not valid', [
          {
            path: 'actionId',
            message: 'is not an improvement action of this organisation',
            code: 'invalid-value',
          },
        ]);
      if (!UNFINISHED_STATUSES.includes(row.status))
        throw new AppException(ErrorCode.ValidationFailed, 'The retest is not valid', [
          {
            path: 'actionId',
            message: `is ${row.status}: only an open or in-progress action can be re-tested`,
            code: 'invalid-value',
          },
        ]);
      const key = { actionId, ...retest };
      if (await this.actions.retestExists(key, manager))
        throw new AppException(ErrorCode.Conflict, 'This objective re-tests this action already');
      const now = this.clock.now();
      await this.actions.insertRetest({ ...key, createdBy: principal.userId, createdAt: now }, manager);
      await this.record(principal, row, 'retest-linked', { retestedIn: { from: null, to: retest } }, manager);
      return {
        ...retest,
        actionId,
        areaForImprovement: row.areaForImprovement,
        correctiveAction: row.correctiveAction,
        status: row.status,
        createdAt: now.toISOString(),
      };
    });
  }

  async get(organisationId: string, actionId: string): Promise<ImprovementActionView> {
    const row = await this.actions.find(organisationId, actionId);
    if (!row) throw AppException.notFound('Improvement action');
    return this.viewOf(row);
  }

  async list(organisationId: string, statuses?: readonly ActionStatus[]): Promise<ImprovementActionView[]> {
    const rows = await this.actions.list(organisationId, statuses);
    const retests = await this.actions.retestsOfActions(rows.map((r) => r.id));
    return rows.map((row) => view(row, retests));
  }

  async history(organisationId: string, actionId: string): Promise<HistoryEntryView[]> {
    if (!(await this.actions.find(organisationId, actionId)))
      throw AppException.notFound('Improvement action');
    return (await this.actions.history(actionId)).map(historyView);
  }

  /** What an export of the exercise carries: the actions it raised or re-tests. */
  async linkedToExercise(exerciseId: string): Promise<ImprovementActionView[]> {
    const rows = await this.actions.linkedToExercise(exerciseId);
    const retests = await this.actions.retestsOfActions(rows.map((r) => r.id));
    return rows.map((row) => view(row, retests));
  }

  /** The whole plan as a spreadsheet, in the order of `list`. */
  async csv(organisationId: string, lang: CsvLanguage): Promise<string> {
    return improvementPlanCsv(await this.list(organisationId), lang);
  }

  /** What the next exercise of the organisation is shown: every action still to be done. */
  async openActions(organisationId: string, manager?: EntityManager): Promise<OpenActionSummary[]> {
    const rows = await this.actions.list(organisationId, UNFINISHED_STATUSES, manager);
    return rows.map(({ id, areaForImprovement, correctiveAction, dueDate, status }) => ({
      id,
      areaForImprovement,
      correctiveAction,
      dueDate,
      status,
    }));
  }

  async retestsIn(exerciseId: string): Promise<RetestView[]> {
    const retests = await this.actions.retestsInExercise(exerciseId);
    const actions = new Map(
      (await this.actions.findMany(retests.map((r) => r.actionId))).map((a) => [a.id, a]),
    );
    return retests.map((r) => {
      const action = actions.get(r.actionId)!;
      return {
        exerciseId: r.exerciseId,
        objectiveId: r.objectiveId,
        actionId: r.actionId,
        areaForImprovement: action.areaForImprovement,
        correctiveAction: action.correctiveAction,
        status: action.status,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  private checked(input: ActionFieldsInput): ActionFields {
    const state = newActionState({
      ...input,
      objective: input.objective ?? null,
      contactRole: input.contactRole ?? null,
      startDate: input.startDate ?? null,
      dueDate: input.dueDate ?? null,
    });
    if (isActionRefusal(state)) throw rejection(state);
    return state;
  }

  private async raiseChecked(
    principal: Principal,
    organisationId: string,
    states: readonly ActionFields[],
    source: ActionSource,
    manager: EntityManager,
    ids?: readonly string[],
  ): Promise<ImprovementActionView[]> {
    const now = this.clock.now();
    const raised: ImprovementActionView[] = [];
    for (const [i, state] of states.entries()) {
      const row = await this.actions.insertAction(
        {
          ...(ids?.[i] && { id: ids[i] }),
          organisationId,
          ...columnsOf(state),
          sourceExerciseId: source.kind === 'exercise' ? source.exerciseId : null,
          sourceIncidentId: source.kind === 'incident' ? source.incidentId : null,
          observationIds: source.kind === 'exercise' ? source.observationIds : [],
          version: 1,
          createdBy: principal.userId,
          createdAt: now,
          updatedAt: now,
        },
        manager,
      );
      await this.actions.appendChange(
        {
          actionId: row.id,
          seq: 1,
          kind: 'created',
          recordedAt: now,
          actorUserId: principal.userId,
          actorLabel: principal.email,
          changes: { ...diff(null, state), source: { from: null, to: source } },
        },
        manager,
      );
      await this.audited(principal, row, 'improvement-action.created', { seq: 1, source }, manager);
      raised.push(view(row, []));
    }
    return raised;
  }

  /** One history entry and the projection it moves, under the action's row lock. */
  private async record(
    principal: Principal,
    row: ImprovementActionEntity,
    kind: Exclude<HistoryKind, 'created'>,
    changes: FieldChanges,
    manager: EntityManager,
    columns: Partial<ReturnType<typeof columnsOf>> = {},
  ): Promise<ImprovementActionEntity> {
    const now = this.clock.now();
    const seq = row.version + 1;
    await this.actions.appendChange(
      {
        actionId: row.id,
        seq,
        kind,
        recordedAt: now,
        actorUserId: principal.userId,
        actorLabel: principal.email,
        changes,
      },
      manager,
    );
    const updated = await this.actions.updateAction(
      row.id,
      { ...columns, version: seq, updatedAt: now },
      manager,
    );
    await this.audited(principal, row, `improvement-action.${kind}`, { seq, changes }, manager);
    return updated;
  }

  private audited(
    principal: Principal,
    row: ImprovementActionEntity,
    action: string,
    details: Record<string, unknown>,
    manager: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        actor: auditActor(principal),
        organisationId: row.organisationId,
        action,
        target: { type: 'improvement-action', id: row.id },
        details,
      },
      manager,
    );
  }

  private async viewOf(
    row: ImprovementActionEntity,
    manager?: EntityManager,
  ): Promise<ImprovementActionView> {
    return view(row, await this.actions.retestsOfActions([row.id], manager));
  }
}
