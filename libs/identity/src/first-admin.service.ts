import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppException, CONFIG, Clock, ErrorCode, LOGGER, type Config } from '@driehoek/core';
import { AuditService, SYSTEM_ACTOR } from '@driehoek/audit';
import type { Logger } from 'pino';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { SetupTokenEntity } from './entities/setup-token.entity';
import { IdentityRepository } from './identity.repository';
import { hashPassword } from './password-hasher';
import { newSecret, secretHash } from './secret-token';

/** Arbitrary constant: one process at a time decides about the first admin. */
const FIRST_ADMIN_LOCK = 7_401_2025;
const SETUP_TOKEN_TTL_MS = 24 * 3600 * 1000;

export interface FirstAdmin {
  email: string;
  name: string;
  password: string;
  organisationName: string;
}

/**
 * No default passwords, ever. When no user exists: DRIEHOEK_ADMIN_EMAIL/PASSWORD create the first
 * admin at start; without them a one-time setup link is printed to the log, which lets the first
 * person create the admin account.
 */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger: Logger;

  constructor(
    private readonly identity: IdentityRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: FirstAdminService.name });
  }

  async onApplicationBootstrap(): Promise<void> {
    const { DRIEHOEK_ADMIN_EMAIL: email, DRIEHOEK_ADMIN_PASSWORD: password } = this.config;
    const outcome = await this.locked(async (manager) => {
      if ((await this.identity.countUsers(manager)) > 0) return 'exists';
      if (email && password) {
        await this.create(
          { email, password, name: 'Beheerder', organisationName: this.config.DRIEHOEK_ORGANISATION_NAME },
          manager,
        );
        return 'created';
      }
      return 'setup';
    });
    if (outcome === 'created') this.logger.info(`first admin ${email} created`);
    if (outcome === 'setup') await this.printSetupLink();
  }

  /** Redeems the setup link; valid once, only while no user exists. */
  async setUp(token: string, admin: FirstAdmin): Promise<void> {
    const created = await this.locked(async (manager) => {
      const found = await manager.findOneBy(SetupTokenEntity, {
        tokenHash: secretHash(token),
        usedAt: IsNull(),
        expiresAt: MoreThan(this.clock.now()),
      });
      if (!found || (await this.identity.countUsers(manager)) > 0) return false;
      await manager.update(SetupTokenEntity, { id: found.id }, { usedAt: this.clock.now() });
      await this.create(admin, manager);
      return true;
    });
    if (!created)
      throw new AppException(
        ErrorCode.Unauthorized,
        'This setup link is invalid, used or expired; restart the server for a new one',
      );
    this.logger.info(`first admin ${admin.email} created through the setup link`);
  }

  private async create(admin: FirstAdmin, manager: EntityManager): Promise<void> {
    const organisation = await this.identity.createOrganisation(admin.organisationName, manager);
    const user = await this.identity.createUser(
      {
        email: admin.email,
        name: admin.name,
        passwordHash: await hashPassword(admin.password),
        platformAdmin: true,
      },
      manager,
    );
    await this.identity.setMembership(user.id, organisation.id, 'admin', manager);
    await this.audit.record(
      {
        actor: SYSTEM_ACTOR,
        organisationId: organisation.id,
        action: 'user.first-admin-created',
        target: { type: 'user', id: user.id },
        details: { email: user.email, organisation: organisation.name },
      },
      manager,
    );
  }

  private async printSetupLink(): Promise<void> {
    const token = newSecret();
    await this.dataSource.manager.insert(SetupTokenEntity, {
      tokenHash: secretHash(token),
      expiresAt: new Date(this.clock.now().getTime() + SETUP_TOKEN_TTL_MS),
      usedAt: null,
    });
    const base = this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
    const setupUrl = `${base}/setup?token=${token}`;
    // The link in the message too: someone who just typed `npm start` reads the line, not its fields.
    this.logger.warn(
      { setupUrl },
      `No user exists yet. Open ${setupUrl} (valid 24 h, once) to create the first admin, or start with DRIEHOEK_ADMIN_EMAIL and DRIEHOEK_ADMIN_PASSWORD set.`,
    );
  }

  private locked<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
      return work(manager);
    });
  }
}
