import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, IsNull, type EntityManager } from 'typeorm';
import { ExerciseGrantEntity, type ExerciseRole } from './exercise-grant.entity';
import { ExerciseEntity } from './exercise.entity';
import { JoinCodeEntity } from './join-code.entity';
import { PlayerSessionEntity } from './player-session.entity';

/** The only place that touches exercises, their grants, join codes and player sessions. */
@Injectable()
export class ExerciseRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async create(
    exercise: Pick<ExerciseEntity, 'organisationId' | 'scenarioVersionId' | 'title' | 'speed' | 'createdBy'>,
    manager: EntityManager,
  ): Promise<ExerciseEntity> {
    const entity = manager.create(ExerciseEntity, { ...exercise, status: 'draft', archivedAt: null });
    await manager.insert(ExerciseEntity, entity);
    return manager.findOneByOrFail(ExerciseEntity, { id: entity.id });
  }

  find(id: string): Promise<ExerciseEntity | null> {
    return this.dataSource.getRepository(ExerciseEntity).findOneBy({ id });
  }

  /** Exercises of these organisations plus those granted to the user; all for `'all'`. */
  list(scope: { organisationIds: string[]; userId: string } | 'all'): Promise<ExerciseEntity[]> {
    const query = this.dataSource
      .getRepository(ExerciseEntity)
      .createQueryBuilder('e')
      .orderBy('e.created_at', 'DESC');
    if (scope !== 'all') {
      query.where(
        new Brackets((where) => {
          where
            .where('e.organisation_id = ANY(:organisationIds)', { organisationIds: scope.organisationIds })
            .orWhere(
              'EXISTS (SELECT 1 FROM exercise_grant g WHERE g.exercise_id = e.id AND g.user_id = :userId)',
              { userId: scope.userId },
            );
        }),
      );
    }
    return query.getMany();
  }

  async setStatus(
    id: string,
    status: ExerciseEntity['status'],
    manager: EntityManager,
    archivedAt: Date | null = null,
  ): Promise<void> {
    await manager.update(ExerciseEntity, { id }, { status, ...(archivedAt && { archivedAt }) });
  }

  grant(exerciseId: string, userId: string): Promise<ExerciseGrantEntity | null> {
    return this.dataSource.getRepository(ExerciseGrantEntity).findOneBy({ exerciseId, userId });
  }

  async grants(
    exerciseId: string,
  ): Promise<{ userId: string; email: string; name: string; role: ExerciseRole; createdAt: Date }[]> {
    const rows = await this.dataSource
      .getRepository(ExerciseGrantEntity)
      .find({ where: { exerciseId }, relations: { user: true }, order: { createdAt: 'ASC' } });
    return rows.map((g) => ({
      userId: g.userId,
      email: g.user!.email,
      name: g.user!.name,
      role: g.role,
      createdAt: g.createdAt,
    }));
  }

  async upsertGrant(
    grant: Pick<ExerciseGrantEntity, 'exerciseId' | 'userId' | 'role' | 'grantedBy'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.upsert(ExerciseGrantEntity, grant, ['exerciseId', 'userId']);
  }

  async removeGrant(exerciseId: string, userId: string, manager: EntityManager): Promise<boolean> {
    return ((await manager.delete(ExerciseGrantEntity, { exerciseId, userId })).affected ?? 0) > 0;
  }

  /** Revokes the role's live code (if any) and stores a new one. */
  async replaceJoinCode(
    exerciseId: string,
    roleId: string,
    codeHash: string | undefined,
    at: Date,
    manager: EntityManager,
  ): Promise<boolean> {
    const revoked = await manager.update(
      JoinCodeEntity,
      { exerciseId, roleId, revokedAt: IsNull() },
      { revokedAt: at },
    );
    if (codeHash) await manager.insert(JoinCodeEntity, { exerciseId, roleId, codeHash, revokedAt: null });
    return (revoked.affected ?? 0) > 0;
  }

  async revokeAllJoinCodes(exerciseId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(JoinCodeEntity, { exerciseId, revokedAt: IsNull() }, { revokedAt: at });
  }

  liveJoinCodes(exerciseId: string): Promise<JoinCodeEntity[]> {
    return this.dataSource
      .getRepository(JoinCodeEntity)
      .find({ where: { exerciseId, revokedAt: IsNull() }, order: { roleId: 'ASC' } });
  }

  /** A live code of an exercise that is not archived; null otherwise. */
  findLiveJoinCode(codeHash: string): Promise<(JoinCodeEntity & { exercise: ExerciseEntity }) | null> {
    return this.dataSource
      .getRepository(JoinCodeEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.exercise', 'e')
      .where('c.code_hash = :codeHash', { codeHash })
      .andWhere('c.revoked_at IS NULL')
      .andWhere("e.status <> 'archived'")
      .getOne() as Promise<(JoinCodeEntity & { exercise: ExerciseEntity }) | null>;
  }

  /** A join code by id with its exercise, live or not (live sockets re-check the code they came in with). */
  findJoinCode(id: string): Promise<(JoinCodeEntity & { exercise: ExerciseEntity }) | null> {
    return this.dataSource.getRepository(JoinCodeEntity).findOne({
      where: { id },
      relations: { exercise: true },
    }) as Promise<(JoinCodeEntity & { exercise: ExerciseEntity }) | null>;
  }

  async createPlayerSession(
    session: Pick<
      PlayerSessionEntity,
      'exerciseId' | 'joinCodeId' | 'roleId' | 'tokenHash' | 'clientAddress'
    >,
  ): Promise<void> {
    await this.dataSource.manager.insert(PlayerSessionEntity, session);
  }

  /** A player session whose join code is still live and whose exercise is not archived. */
  findLivePlayerSession(tokenHash: string): Promise<PlayerSessionEntity | null> {
    return this.dataSource
      .getRepository(PlayerSessionEntity)
      .createQueryBuilder('p')
      .innerJoin('p.joinCode', 'c')
      .innerJoin('p.exercise', 'e')
      .where('p.token_hash = :tokenHash', { tokenHash })
      .andWhere('c.revoked_at IS NULL')
      .andWhere("e.status <> 'archived'")
      .getOne();
  }
}
