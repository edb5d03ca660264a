import { Inject, Injectable } from '@nestjs/common';
import {
  AppException,
  CONFIG,
  Clock,
  ErrorCode,
  LOGGER,
  announceAccessChange,
  type Config,
} from '@driehoek/core';
import { AuditService, SYSTEM_ACTOR } from '@driehoek/audit';
import type { Logger } from 'pino';
import type { SessionEntity } from './entities/session.entity';
import type { UserEntity } from './entities/user.entity';
import { IdentityRepository } from './identity.repository';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password-hasher';
import { auditActor, type Principal } from './principal';
import { newSecret, secretHash } from './secret-token';
import { SessionRepository, type RevokeReason } from './session.repository';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

/** Why a session no longer counts; a live socket that came in with it is told this reason. */
export type SessionEnd = 'signed-out' | 'password-changed' | 'sessions-revoked' | 'session-expired';

const REVOKED_AS: Record<RevokeReason, SessionEnd> = {
  logout: 'signed-out',
  'password-changed': 'password-changed',
  admin: 'sessions-revoked',
  'user-disabled': 'sessions-revoked',
  'refresh-reused': 'sessions-revoked',
};

/**
 * A rotated-out refresh token presented this soon after its rotation is taken for two requests
 * of one client racing (two tabs, a retry), answered 401 without ending the session. Later, it
 * means someone else holds the session's tokens: the session ends (OAuth 2.0 Security BCP).
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;

const INVALID_LOGIN = 'Invalid e-mail address or password';

/** Login, token checks, refresh, logout, password change and session revocation. */
@Injectable()
export class AuthService {
  private readonly logger: Logger;

  constructor(
    private readonly identity: IdentityRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: AuthService.name });
  }

  async login(email: string, password: string, clientAddress: string | null): Promise<TokenPair> {
    const user = await this.identity.findUserByEmailWithHash(email);
    // Verify against a dummy hash for unknown addresses: same answer, same time.
    const valid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !valid || user.disabledAt) {
      this.logger.warn({ clientAddress }, 'failed login');
      throw new AppException(ErrorCode.Unauthorized, INVALID_LOGIN);
    }
    const tokens = this.newTokens();
    await this.sessions.create({ userId: user.id, ...tokens.hashes, clientAddress });
    this.logger.info({ userId: user.id, clientAddress }, 'login');
    return tokens.pair;
  }

  /** The principal behind an access token, or null when it is unknown, expired or revoked. */
  async authenticate(accessToken: string): Promise<Principal | null> {
    const session = await this.sessions.findLiveByAccessHash(secretHash(accessToken), this.clock.now());
    return session && this.principalOf(session);
  }

  private async principalOf(session: SessionEntity & { user: UserEntity }): Promise<Principal> {
    return {
      kind: 'user',
      userId: session.user.id,
      email: session.user.email,
      name: session.user.name,
      platformAdmin: session.user.platformAdmin,
      sessionId: session.id,
      // Without the organisations whose admin revoked this person's sessions since it began.
      memberships: await this.identity.memberships(session.user.id, session.id),
    };
  }

  /**
   * Where a session stands now, by id: its principal with current memberships, or why it ended.
   * Live sockets re-check with this, not with their access token, which a refresh replaces.
   */
  async sessionStanding(sessionId: string): Promise<{ principal: Principal } | { ended: SessionEnd }> {
    const session = await this.sessions.findWithUser(sessionId);
    if (!session) return { ended: 'sessions-revoked' };
    if (session.revokedAt)
      return { ended: REVOKED_AS[session.revokedReason as RevokeReason] ?? 'sessions-revoked' };
    if (session.user.disabledAt) return { ended: 'sessions-revoked' };
    if (session.refreshExpiresAt <= this.clock.now()) return { ended: 'session-expired' };
    return { principal: await this.principalOf(session) };
  }

  /**
   * Exchanges a refresh token for new tokens; the old refresh token stops working, and presenting
   * it again later ends the session, with the tokens it was rotated into.
   */
  async refresh(refreshToken: string, clientAddress: string | null = null): Promise<TokenPair> {
    const oldHash = secretHash(refreshToken);
    const now = this.clock.now();
    const session = await this.sessions.findLiveByRefreshHash(oldHash, now);
    const tokens = this.newTokens();
    const forgetBefore = new Date(now.getTime() - this.config.REFRESH_TOKEN_TTL * 1000);
    if (session && (await this.sessions.rotate(session.id, oldHash, tokens.hashes, now, forgetBefore))) {
      return tokens.pair;
    }
    await this.detectReuse(oldHash, now, clientAddress);
    throw new AppException(ErrorCode.Unauthorized, 'Invalid or expired refresh token');
  }

  /** A retired refresh token presented again: revoke its session (the whole family of its tokens). */
  private async detectReuse(refreshHash: string, now: Date, clientAddress: string | null): Promise<void> {
    const retired = await this.sessions.findRetired(refreshHash);
    if (!retired || now.getTime() - retired.retiredAt.getTime() < REFRESH_REUSE_GRACE_MS) return;
    const { sessionId, session } = retired;
    const revoked = await this.identity.transaction(async (manager) => {
      if (!(await this.sessions.revoke(sessionId, 'refresh-reused', now, manager))) return false;
      await announceAccessChange(manager, { kind: 'user', userId: session.userId });
      await this.audit.record(
        {
          actor: SYSTEM_ACTOR,
          action: 'session.refresh-reused',
          target: { type: 'user', id: session.userId },
          details: { sessionId, clientAddress, retiredAt: retired.retiredAt.toISOString() },
        },
        manager,
      );
      return true;
    });
    if (revoked)
      this.logger.warn(
        { userId: session.userId, sessionId, clientAddress },
        'a rotated-out refresh token was presented again: session revoked',
      );
  }

  /** Ends this session, and with it the sockets it opened. */
  async logout(principal: Principal): Promise<void> {
    await this.identity.transaction(async (manager) => {
      await this.sessions.revoke(principal.sessionId, 'logout', this.clock.now(), manager);
      await announceAccessChange(manager, { kind: 'user', userId: principal.userId });
    });
  }

  /** Changes the password and signs out every other session of the user. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.identity.findUserWithHash(principal.userId);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new AppException(ErrorCode.Forbidden, 'The current password is not correct');
    }
    const passwordHash = await hashPassword(newPassword);
    await this.identity.transaction(async (manager) => {
      await this.identity.setPasswordHash(user.id, passwordHash, manager);
      const revoked = await this.sessions.revokeAllOfUser(
        user.id,
        'password-changed',
        this.clock.now(),
        principal.sessionId,
        manager,
      );
      await announceAccessChange(manager, { kind: 'user', userId: user.id });
      await this.audit.record(
        {
          actor: auditActor(principal),
          action: 'user.password-changed',
          target: { type: 'user', id: user.id },
          details: { revokedSessions: revoked },
        },
        manager,
      );
    });
  }

  private newTokens(): {
    pair: TokenPair;
    hashes: { accessHash: string; accessExpiresAt: Date; refreshHash: string; refreshExpiresAt: Date };
  } {
    const now = this.clock.now().getTime();
    const accessToken = newSecret();
    const refreshToken = newSecret();
    return {
      pair: {
        accessToken,
        tokenType: 'Bearer',
        expiresIn: this.config.ACCESS_TOKEN_TTL,
        refreshToken,
        refreshExpiresIn: this.config.REFRESH_TOKEN_TTL,
      },
      hashes: {
        accessHash: secretHash(accessToken),
        accessExpiresAt: new Date(now + this.config.ACCESS_TOKEN_TTL * 1000),
        refreshHash: secretHash(refreshToken),
        refreshExpiresAt: new Date(now + this.config.REFRESH_TOKEN_TTL * 1000),
      },
    };
  }
}
