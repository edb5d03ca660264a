import { Inject, Injectable } from '@nestjs/common';
import { AppException, CONFIG, Clock, ErrorCode, LOGGER, type Config } from '@driehoek/core';
import { AuditService } from '@driehoek/audit';
import type { Logger } from 'pino';
import { IdentityRepository } from './identity.repository';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password-hasher';
import { auditActor, type Principal } from './principal';
import { newSecret, secretHash } from './secret-token';
import { SessionRepository } from './session.repository';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

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
    if (!session) return null;
    return {
      kind: 'user',
      userId: session.user.id,
      email: session.user.email,
      name: session.user.name,
      platformAdmin: session.user.platformAdmin,
      sessionId: session.id,
      memberships: await this.identity.memberships(session.user.id),
    };
  }

  /** Exchanges a refresh token for new tokens; the old refresh token stops working. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const oldHash = secretHash(refreshToken);
    const session = await this.sessions.findLiveByRefreshHash(oldHash, this.clock.now());
    const tokens = this.newTokens();
    if (!session || !(await this.sessions.rotate(session.id, oldHash, tokens.hashes))) {
      throw new AppException(ErrorCode.Unauthorized, 'Invalid or expired refresh token');
    }
    return tokens.pair;
  }

  async logout(principal: Principal): Promise<void> {
    await this.sessions.revoke(principal.sessionId, 'logout', this.clock.now());
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
