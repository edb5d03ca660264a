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

  memberships(userId: string): Promise<{ organisationId: string; role: OrganisationRole }[]> {
    return this.dataSource
      .getRepository(MembershipEntity)
      .find({ select: { organisationId: true, role: true }, where: { userId } });
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
