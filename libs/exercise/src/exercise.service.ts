import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode, announceAccessChange } from '@driehoek/core';
import { AuditService } from '@driehoek/audit';
import {
  InvitationService,
  auditActor,
  newSecret,
  roleIn,
  secretHash,
  type AcceptedInvitation,
  type InvitationView,
  type Principal,
  type ReceivedInvitation,
} from '@driehoek/identity';
import { ImprovementPlan, type OpenActionSummary } from '@driehoek/improvement';
import { ScenarioLibraryService, exerciseScope, type ScenarioOwnerView } from '@driehoek/scenario';
import type { EntityManager } from 'typeorm';
import type { ExerciseRole } from './exercise-grant.entity';
import type { ExerciseEntity } from './exercise.entity';
import { LiveExercise } from './live/live-exercise';
import { ExerciseRepository } from './exercise.repository';
import { newJoinCode, normaliseJoinCode } from './join-code';

export interface JoinCodeView {
  role: string;
  roleName: string;
  code: string;
}

export interface CreatedExercise {
  id: string;
  status: ExerciseEntity['status'];
  title: string;
  organisationId: string;
  scenario: { id: string; version: number; owner: ScenarioOwnerView };
  joinCodes: JoinCodeView[];
  /** The organisation's improvement actions still to be done, which this exercise may re-test. */
  openActions: OpenActionSummary[];
}

export interface PlayerJoin {
  exerciseId: string;
  role: string;
  roleName: string;
  playerToken: string;
}

const INVALID_CODE = 'invalid code';

/**
 * Exercises as far as access goes: creation from a stored scenario version, archiving, per-exercise
 * grants and player join codes. The live engine (clock, injects, decisions) builds on this.
 */
@Injectable()
export class ExerciseService {
  constructor(
    private readonly exercises: ExerciseRepository,
    private readonly library: ScenarioLibraryService,
    private readonly invitations: InvitationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly live: LiveExercise,
    private readonly improvement: ImprovementPlan,
  ) {}

  /**
   * What the principal may do in an exercise: `facilitator` (org admins and facilitators, or a
   * facilitator grant), `evaluator` (org evaluators, or an evaluator grant), or nothing.
   */
  async access(
    principal: Principal,
    exerciseId: string,
  ): Promise<{ exercise: ExerciseEntity; role: ExerciseRole } | undefined> {
    const exercise = await this.exercises.find(exerciseId);
    if (!exercise) return undefined;
    if (principal.platformAdmin) return { exercise, role: 'facilitator' };
    const orgRole = roleIn(principal, exercise.organisationId);
    const grant = await this.exercises.grant(exerciseId, principal.userId);
    const roles: ExerciseRole[] = [];
    if (orgRole) roles.push(orgRole === 'evaluator' ? 'evaluator' : 'facilitator');
    if (grant) roles.push(grant.role);
    if (!roles.length) return undefined;
    return { exercise, role: roles.includes('facilitator') ? 'facilitator' : 'evaluator' };
  }

  /**
   * Made from the organisation's own copy of the scenario, else the shipped one, whoever creates
   * it; `scenarioOwner` (`shipped` or an organisation id) names the copy instead.
   */
  async create(
    principal: Principal,
    organisationId: string,
    input: { scenarioId: string; scenarioVersion?: number; scenarioOwner?: string; speed?: number },
  ): Promise<CreatedExercise> {
    const { versionId, version, owner, scenario } = await this.library.resolve(
      input.scenarioId,
      exerciseScope(principal, organisationId, input.scenarioOwner),
      input.scenarioVersion,
    );
    return this.exercises.transaction(async (manager) => {
      const exercise = await this.exercises.create(
        {
          organisationId,
          scenarioVersionId: versionId,
          title: scenario.title,
          speed: input.speed ?? 1,
          createdBy: principal.userId,
        },
        manager,
      );
      const joinCodes: JoinCodeView[] = [];
      for (const role of scenario.roles) {
        const code = newJoinCode();
        await this.exercises.replaceJoinCode(
          exercise.id,
          role.id,
          secretHash(code),
          this.clock.now(),
          manager,
        );
        joinCodes.push({ role: role.id, roleName: role.name, code });
      }
      await this.audit.record(
        {
          actor: auditActor(principal),
          organisationId,
          action: 'exercise.created',
          target: { type: 'exercise', id: exercise.id },
          details: {
            scenario: input.scenarioId,
            version,
            owner: owner.kind === 'shipped' ? 'shipped' : owner.organisationId,
          },
        },
        manager,
      );
      return {
        id: exercise.id,
        status: exercise.status,
        title: exercise.title,
        organisationId,
        scenario: { id: scenario.id, version, owner },
        joinCodes,
        openActions: await this.improvement.openActions(organisationId, manager),
      };
    });
  }

  list(principal: Principal): Promise<ExerciseEntity[]> {
    return this.exercises.list(
      principal.platformAdmin
        ? 'all'
        : { organisationIds: principal.memberships.map((m) => m.organisationId), userId: principal.userId },
    );
  }

  async get(exerciseId: string): Promise<ExerciseEntity> {
    const exercise = await this.exercises.find(exerciseId);
    if (!exercise) throw AppException.notFound('Exercise');
    return exercise;
  }

  /** Archived: read-only for good, and every join code and player session stops working. */
  async archive(principal: Principal, exerciseId: string): Promise<ExerciseEntity> {
    await this.live.run(exerciseId, {
      kind: 'archive',
      handle: async (ctx) => {
        ctx.setStatus('archived');
        await this.exercises.setStatus(exerciseId, 'archived', ctx.manager, ctx.wallTime);
        await this.exercises.revokeAllJoinCodes(exerciseId, ctx.wallTime, ctx.manager);
        await announceAccessChange(ctx.manager, { kind: 'exercise', exerciseId });
        await this.audit.record(
          {
            actor: auditActor(principal),
            organisationId: ctx.exercise.organisationId,
            action: 'exercise.archived',
            target: { type: 'exercise', id: exerciseId },
          },
          ctx.manager,
        );
      },
    });
    return this.get(exerciseId);
  }

  async joinCodes(exerciseId: string): Promise<{ role: string; active: boolean; createdAt: Date | null }[]> {
    const roles = await this.roles(await this.get(exerciseId));
    const live = new Map((await this.exercises.liveJoinCodes(exerciseId)).map((c) => [c.roleId, c]));
    return roles.map((role) => ({
      role: role.id,
      active: live.has(role.id),
      createdAt: live.get(role.id)?.createdAt ?? null,
    }));
  }

  /** A new code for a role; the old one stops working. Returned once, never stored in clear. */
  async rotateJoinCode(principal: Principal, exerciseId: string, roleId: string): Promise<JoinCodeView> {
    const exercise = await this.writable(exerciseId);
    const role = (await this.roles(exercise)).find((r) => r.id === roleId);
    if (!role) throw AppException.notFound(`Role "${roleId}" in this exercise`);
    const code = newJoinCode();
    await this.inTransaction(principal, exercise, 'join-code.rotated', { role: roleId }, (manager) =>
      this.exercises.replaceJoinCode(exerciseId, roleId, secretHash(code), this.clock.now(), manager),
    );
    return { role: role.id, roleName: role.name, code };
  }

  async revokeJoinCode(principal: Principal, exerciseId: string, roleId: string): Promise<void> {
    const exercise = await this.writable(exerciseId);
    const revoked = await this.inTransaction(
      principal,
      exercise,
      'join-code.revoked',
      { role: roleId },
      (manager) => this.exercises.replaceJoinCode(exerciseId, roleId, undefined, this.clock.now(), manager),
    );
    if (!revoked) throw AppException.notFound(`A live join code for role "${roleId}"`);
  }

  grants(exerciseId: string) {
    return this.exercises.grants(exerciseId);
  }

  /**
   * Invites someone from any organisation into this one exercise, as facilitator or evaluator;
   * the grant begins when they accept. Addressed to the e-mail address, so the answer (and the
   * list of open invitations) is the same whether or not it has an account.
   */
  async addGrant(
    principal: Principal,
    exerciseId: string,
    email: string,
    role: ExerciseRole,
  ): Promise<InvitationView> {
    const exercise = await this.writable(exerciseId);
    return this.inTransaction(
      principal,
      exercise,
      'grant.invited',
      { email: email.toLowerCase(), role },
      (manager) =>
        this.invitations.invite(
          principal,
          { organisationId: exercise.organisationId, exerciseId, email, role },
          manager,
        ),
    );
  }

  /** Open invitations to this exercise. */
  grantInvitations(exerciseId: string): Promise<InvitationView[]> {
    return this.invitations.listOpen({ exerciseId });
  }

  /** Withdraws an open invitation to this exercise: it can no longer be accepted. */
  async withdrawGrantInvitation(
    principal: Principal,
    exerciseId: string,
    invitationId: string,
  ): Promise<void> {
    const exercise = await this.get(exerciseId);
    await this.inTransaction(principal, exercise, 'grant.invitation-withdrawn', { invitationId }, (manager) =>
      this.invitations.withdraw({ exerciseId }, invitationId, manager),
    );
  }

  /** The signed-in person's open invitations; one to an exercise names the exercise. */
  async receivedInvitations(
    principal: Principal,
  ): Promise<
    (Omit<ReceivedInvitation, 'exerciseId'> & { exercise: { id: string; title: string } | null })[]
  > {
    const received = await this.invitations.received(principal);
    return Promise.all(
      received.map(async ({ exerciseId, ...invitation }) => {
        const exercise = exerciseId ? await this.exercises.find(exerciseId) : null;
        return { ...invitation, exercise: exercise && { id: exercise.id, title: exercise.title } };
      }),
    );
  }

  /**
   * Accepts an invitation of the signed-in person: one to an organisation becomes a membership
   * (the identity library's), one to an exercise a grant — unless the exercise is archived.
   */
  async acceptInvitation(principal: Principal, invitationId: string): Promise<AcceptedInvitation> {
    const invitation = await this.invitations.receivedOne(principal, invitationId);
    if (!invitation.exerciseId) return this.invitations.accept(principal, invitationId);
    const exercise = await this.writable(invitation.exerciseId);
    return this.exercises.transaction(async (manager) => {
      const taken = await this.invitations.take(principal, invitationId, 'exercise', manager);
      const role = taken.role as ExerciseRole;
      await this.exercises.upsertGrant(
        { exerciseId: exercise.id, userId: principal.userId, role, grantedBy: taken.invitedBy },
        manager,
      );
      // A grant replaced by another role changes what a live connection may do.
      await announceAccessChange(manager, { kind: 'exercise', exerciseId: exercise.id });
      await this.audit.record(
        {
          actor: auditActor(principal),
          organisationId: exercise.organisationId,
          action: 'grant.added',
          target: { type: 'exercise', id: exercise.id },
          details: { userId: principal.userId, email: principal.email, role, invitationId },
        },
        manager,
      );
      return { organisationId: exercise.organisationId, exerciseId: exercise.id, role };
    });
  }

  async removeGrant(principal: Principal, exerciseId: string, userId: string): Promise<void> {
    const exercise = await this.get(exerciseId);
    const removed = await this.inTransaction(principal, exercise, 'grant.removed', { userId }, (manager) =>
      this.exercises.removeGrant(exerciseId, userId, manager),
    );
    if (!removed) throw AppException.notFound('Grant');
  }

  /** The code, exercise and role behind a live join code (socket handshakes); "invalid code" otherwise. */
  async checkJoinCode(input: string): Promise<{ joinCodeId: string; exerciseId: string; role: string }> {
    const found = await this.liveCode(input);
    return { joinCodeId: found.id, exerciseId: found.exerciseId, role: found.roleId };
  }

  /** A player joins with a code. Every failure reads the same: "invalid code". */
  async join(input: string, clientAddress: string | null): Promise<PlayerJoin> {
    const found = await this.liveCode(input);
    const role = (await this.roles(found.exercise)).find((r) => r.id === found.roleId)!;
    const playerToken = newSecret();
    await this.exercises.createPlayerSession({
      exerciseId: found.exerciseId,
      joinCodeId: found.id,
      roleId: found.roleId,
      tokenHash: secretHash(playerToken),
      clientAddress,
    });
    return { exerciseId: found.exerciseId, role: role.id, roleName: role.name, playerToken };
  }

  /** The live join code behind what was typed; every failure reads the same: "invalid code". */
  private async liveCode(input: string) {
    const code = normaliseJoinCode(input);
    const found = code ? await this.exercises.findLiveJoinCode(secretHash(code)) : null;
    if (!found) throw new AppException(ErrorCode.Unauthorized, INVALID_CODE);
    return found;
  }

  private async roles(exercise: ExerciseEntity): Promise<{ id: string; name: string }[]> {
    const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    return scenario.roles;
  }

  private async writable(exerciseId: string): Promise<ExerciseEntity> {
    const exercise = await this.get(exerciseId);
    if (exercise.status === 'archived')
      throw new AppException(ErrorCode.Conflict, 'The exercise is archived');
    return exercise;
  }

  private inTransaction<T>(
    principal: Principal,
    exercise: ExerciseEntity,
    action: string,
    details: Record<string, unknown>,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.exercises.transaction(async (manager) => {
      const result = await work(manager);
      // Codes and grants decide who is connected: the exercise's live sockets are checked again.
      await announceAccessChange(manager, { kind: 'exercise', exerciseId: exercise.id });
      await this.audit.record(
        {
          actor: auditActor(principal),
          organisationId: exercise.organisationId,
          action,
          target: { type: 'exercise', id: exercise.id },
          details,
        },
        manager,
      );
      return result;
    });
  }
}
