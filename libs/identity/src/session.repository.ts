import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, MoreThan, Not, type EntityManager } from 'typeorm';
import { RetiredRefreshTokenEntity } from './entities/retired-refresh-token.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

export type RevokeReason = 'logout' | 'password-changed' | 'admin' | 'user-disabled' | 'refresh-reused';

@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    session: Omit<SessionEntity, 'id' | 'createdAt' | 'revokedAt' | 'revokedReason' | 'user'>,
  ): Promise<SessionEntity> {
    const entity = this.dataSource.manager.create(SessionEntity, {
      ...session,
      revokedAt: null,
      revokedReason: null,
    });
    await this.dataSource.manager.insert(SessionEntity, entity);
    return entity;
  }

  /** A live session for this access token, with its (enabled) user; null otherwise. */
  findLiveByAccessHash(
    accessHash: string,
    now: Date,
  ): Promise<(SessionEntity & { user: UserEntity }) | null> {
    return this.dataSource.getRepository(SessionEntity).findOne({
      where: {
        accessHash,
        revokedAt: IsNull(),
        accessExpiresAt: MoreThan(now),
        user: { disabledAt: IsNull() },
      },
      relations: { user: true },
    }) as Promise<(SessionEntity & { user: UserEntity }) | null>;
  }

  /** A session by id with its user, whatever its state (live sockets re-check their session). */
  findWithUser(id: string): Promise<(SessionEntity & { user: UserEntity }) | null> {
    return this.dataSource.getRepository(SessionEntity).findOne({
      where: { id },
      relations: { user: true },
    }) as Promise<(SessionEntity & { user: UserEntity }) | null>;
  }

  findLiveByRefreshHash(refreshHash: string, now: Date): Promise<SessionEntity | null> {
    return this.dataSource.getRepository(SessionEntity).findOne({
      where: {
        refreshHash,
        revokedAt: IsNull(),
        refreshExpiresAt: MoreThan(now),
        user: { disabledAt: IsNull() },
      },
    });
  }

  /**
   * Replaces both tokens and keeps the old refresh token's hash as retired (those retired before
   * `forgetBefore` are dropped: they have expired anyway). Returns false when the old refresh
   * token was used concurrently.
   */
  rotate(
    id: string,
    oldRefreshHash: string,
    next: Pick<SessionEntity, 'accessHash' | 'accessExpiresAt' | 'refreshHash' | 'refreshExpiresAt'>,
    at: Date,
    forgetBefore: Date,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        SessionEntity,
        { id, refreshHash: oldRefreshHash, revokedAt: IsNull() },
        next,
      );
      if (!result.affected) return false;
      await manager.insert(RetiredRefreshTokenEntity, {
        refreshHash: oldRefreshHash,
        sessionId: id,
        retiredAt: at,
      });
      await manager.delete(RetiredRefreshTokenEntity, { sessionId: id, retiredAt: LessThan(forgetBefore) });
      return true;
    });
  }

  /** A refresh token a session rotated away from, with the session's user. */
  findRetired(refreshHash: string): Promise<(RetiredRefreshTokenEntity & { session: SessionEntity }) | null> {
    return this.dataSource.getRepository(RetiredRefreshTokenEntity).findOne({
      where: { refreshHash },
      relations: { session: true },
    }) as Promise<(RetiredRefreshTokenEntity & { session: SessionEntity }) | null>;
  }

  /** Revokes one session; false when it had ended already. */
  async revoke(
    id: string,
    reason: RevokeReason,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager.update(
      SessionEntity,
      { id, revokedAt: IsNull() },
      { revokedAt: at, revokedReason: reason },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Sessions of a user that still work (not revoked, refresh token not expired). */
  countLive(userId: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.countBy(SessionEntity, { userId, revokedAt: IsNull(), refreshExpiresAt: MoreThan(now) });
  }

  /** Revokes every live session of a user, except one (the session that changed the password). */
  async revokeAllOfUser(
    userId: string,
    reason: RevokeReason,
    at: Date,
    exceptId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const result = await manager.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(exceptId && { id: Not(exceptId) }) },
      { revokedAt: at, revokedReason: reason },
    );
    return result.affected ?? 0;
  }
}
