import { ACCESS_CHANNEL, ErrorCode } from '@driehoek/core';
import pino from 'pino';
import { AuthService, REFRESH_REUSE_GRACE_MS } from './auth.service';
import { secretHash } from './secret-token';

const NOW = new Date('2031-03-01T10:00:00Z');
const SESSION = {
  id: '5e55a0e0-0000-4000-8000-000000000001',
  userId: '05e40000-0000-4000-8000-000000000002',
};

function setup() {
  const manager = { query: jest.fn() };
  const sessions = {
    findLiveByRefreshHash: jest.fn(),
    rotate: jest.fn(),
    findRetired: jest.fn(),
    revoke: jest.fn(),
  };
  const identity = { transaction: jest.fn((work: (m: typeof manager) => unknown) => work(manager)) };
  const audit = { record: jest.fn() };
  const logs: { msg: string; sessionId?: string }[] = [];
  const sut = new AuthService(
    identity as never,
    sessions as never,
    audit as never,
    { now: () => NOW } as never,
    { ACCESS_TOKEN_TTL: 900, REFRESH_TOKEN_TTL: 3600 } as never,
    pino({ level: 'warn' }, { write: (line: string) => void logs.push(JSON.parse(line)) }),
  );
  return { sut, sessions, manager, audit, logs };
}

const retiredAgo = (ms: number) => ({
  refreshHash: secretHash('oud'),
  sessionId: SESSION.id,
  retiredAt: new Date(NOW.getTime() - ms),
  session: SESSION,
});

describe(AuthService.name, () => {
  it('should rotate a live refresh token, keeping the old one as retired until it would have expired', async () => {
    const { sut, sessions } = setup();
    sessions.findLiveByRefreshHash.mockResolvedValue(SESSION);
    sessions.rotate.mockResolvedValue(true);
    const tokens = await sut.refresh('huidig');
    expect(tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, refreshExpiresIn: 3600 });
    expect(sessions.rotate).toHaveBeenCalledWith(
      SESSION.id,
      secretHash('huidig'),
      expect.objectContaining({ refreshHash: secretHash(tokens.refreshToken) }),
      NOW,
      new Date(NOW.getTime() - 3600_000),
    );
    expect(sessions.findRetired).not.toHaveBeenCalled();
  });

  it('should refuse a retired token within the grace window without ending the session (a race of one client)', async () => {
    const { sut, sessions } = setup();
    sessions.findRetired.mockResolvedValue(retiredAgo(REFRESH_REUSE_GRACE_MS - 1));
    await expect(sut.refresh('oud')).rejects.toMatchObject({ code: ErrorCode.Unauthorized });
    expect(sessions.revoke).not.toHaveBeenCalled();
  });

  it('should revoke the session, tell its live sockets and audit it when a retired token comes back later', async () => {
    const { sut, sessions, manager, audit, logs } = setup();
    sessions.findRetired.mockResolvedValue(retiredAgo(REFRESH_REUSE_GRACE_MS));
    sessions.revoke.mockResolvedValue(true);
    await expect(sut.refresh('oud', '203.0.113.9')).rejects.toMatchObject({
      code: ErrorCode.Unauthorized,
      message: 'Invalid or expired refresh token',
    });
    expect(sessions.revoke).toHaveBeenCalledWith(SESSION.id, 'refresh-reused', NOW, manager);
    expect(manager.query).toHaveBeenCalledWith('SELECT pg_notify($1, $2)', [
      ACCESS_CHANNEL,
      `user:${SESSION.userId}`,
    ]);
    expect(audit.record).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'session.refresh-reused',
        target: { type: 'user', id: SESSION.userId },
        details: expect.objectContaining({ sessionId: SESSION.id, clientAddress: '203.0.113.9' }),
      }),
      manager,
    );
    expect(logs).toEqual([
      expect.objectContaining({ sessionId: SESSION.id, msg: expect.stringMatching(/revoked/) }),
    ]);
  });

  it('should neither announce nor audit again for a session that had ended already', async () => {
    const { sut, sessions, manager, audit, logs } = setup();
    sessions.findRetired.mockResolvedValue(retiredAgo(60_000));
    sessions.revoke.mockResolvedValue(false);
    await expect(sut.refresh('oud')).rejects.toMatchObject({ code: ErrorCode.Unauthorized });
    expect(manager.query).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
    expect(logs).toEqual([]);
  });

  it('should answer an unknown refresh token with the same 401 and touch nothing', async () => {
    const { sut, sessions } = setup();
    sessions.findRetired.mockResolvedValue(null);
    await expect(sut.refresh('onbekend')).rejects.toMatchObject({
      code: ErrorCode.Unauthorized,
      message: 'Invalid or expired refresh token',
    });
    expect(sessions.revoke).not.toHaveBeenCalled();
  });
});
