import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MembershipEntity, type OrganisationRole } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: OrganisationRole;
  disabled: boolean;
}

/** The only place that touches organisations, users and memberships. */
@Injectable()
export class IdentityRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  countUsers(manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.count(UserEntity);
  }

  findUserByEmailWithHash(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.toLowerCase() })
      .getOne();
  }

  findUserWithHash(id: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
  }

  findUserByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email: email.toLowerCase() });
  }

  /**
   * The memberships a session carries: those whose `sessions_valid_after` (an organisation
   * admin's revoke-sessions) is not later than the session's start. Compared in SQL, in
   * PostgreSQL's microseconds, not in JavaScript's milliseconds.
   */
  async memberships(
    userId: string,
    sessionId: string,
  ): Promise<{ organisationId: string; role: OrganisationRole }[]> {
    const rows: { organisation_id: string; role: OrganisationRole }[] = await this.dataSource.query(
      `SELECT m.organisation_id, m.role
         FROM membership m JOIN session s ON s.id = $2 AND s.user_id = m.user_id
        WHERE m.user_id = $1 AND (m.sessions_valid_after IS NULL OR m.sessions_valid_after < s.created_at)
        ORDER BY m.created_at, m.organisation_id`,
      [userId, sessionId],
    );
    return rows.map((row) => ({ organisationId: row.organisation_id, role: row.role }));
  }

  /** How many organisations the user belongs to (whatever their sessions carry). */
  countMemberships(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.countBy(MembershipEntity, { userId });
  }

  /**
   * Sessions that began before now no longer carry this membership. `now()` is the transaction's
   * start, on the same clock as `session.created_at`, so a sign-in after this commits carries it.
   */
  async cutSessions(userId: string, organisationId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE membership SET sessions_valid_after = now() WHERE user_id = $1 AND organisation_id = $2`,
      [userId, organisationId],
    );
  }

  /** Adds a membership unless there is one already (an existing role is kept). */
  async addMembershipIfAbsent(
    userId: string,
    organisationId: string,
    role: OrganisationRole,
    manager: EntityManager,
  ): Promise<boolean> {
    const result: unknown[] = await manager.query(
      `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, organisation_id) DO NOTHING RETURNING user_id`,
      [userId, organisationId, role],
    );
    return result.length > 0;
  }

  async createOrganisation(
    name: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationEntity> {
    const organisation = manager.create(OrganisationEntity, { name });
    await manager.insert(OrganisationEntity, organisation);
    return manager.findOneByOrFail(OrganisationEntity, { id: organisation.id });
  }

  findOrganisation(id: string): Promise<OrganisationEntity | null> {
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
  }

  findUser(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  findOrganisationByName(name: string): Promise<OrganisationEntity | null> {
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ name });
  }

  listOrganisations(ids?: string[]): Promise<OrganisationEntity[]> {
    const repository = this.dataSource.getRepository(OrganisationEntity);
    return ids
      ? repository.createQueryBuilder('o').where('o.id = ANY(:ids)', { ids }).orderBy('o.name').getMany()
      : repository.find({ order: { name: 'ASC' } });
  }

  async createUser(
    user: Pick<UserEntity, 'email' | 'name' | 'passwordHash' | 'platformAdmin'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity> {
    const entity = manager.create(UserEntity, { ...user, email: user.email.toLowerCase() });
    await manager.insert(UserEntity, entity);
    return manager.findOneByOrFail(UserEntity, { id: entity.id });
  }

  async setMembership(
    userId: string,
    organisationId: string,
    role: OrganisationRole,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.upsert(MembershipEntity, { userId, organisationId, role }, ['userId', 'organisationId']);
  }

  async removeMembership(
    userId: string,
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager.delete(MembershipEntity, { userId, organisationId });
    return (result.affected ?? 0) > 0;
  }

  async members(organisationId: string): Promise<Member[]> {
    const rows = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.organisation_id = :organisationId', { organisationId })
      .orderBy('u.name')
      .getMany();
    return rows.map((m) => ({
      userId: m.userId,
      email: m.user!.email,
      name: m.user!.name,
      role: m.role,
      disabled: m.user!.disabledAt !== null,
    }));
  }

  async member(organisationId: string, userId: string): Promise<Member | undefined> {
    return (await this.members(organisationId)).find((m) => m.userId === userId);
  }

  async setPasswordHash(
    userId: string,
    passwordHash: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { passwordHash });
  }
}
