import { Writable } from 'node:stream';
import { Injectable, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import pino from 'pino';
import {
  ConfigModule,
  DatabaseModule,
  HealthModule,
  HealthService,
  LISTENER_APPLICATION_NAME,
  LoggingModule,
  PgListener,
  PgListenerModule,
  RedisModule,
  loadConfig,
  notificationChannel,
  type NotificationChannel,
  type NotificationSubscriber,
} from '@driehoek/core';
import { TEST_SERVER_URL_ENV, createTestDatabase, withClient, type TestDatabase } from '@driehoek/testing';
import { waitFor } from '../../support/wait-for';

const ALPHA = notificationChannel('listener_test_alpha');
const BETA = notificationChannel('listener_test_beta');
const LATE = notificationChannel('listener_test_late');

/** What one subscription heard: the payloads, and how often it was told it may have missed some. */
class Recorder implements NotificationSubscriber {
  readonly heard: string[] = [];
  missed = 0;
  notification(payload: string): void {
    this.heard.push(payload);
  }
  missedNotifications(): void {
    this.missed++;
  }
}

const recorders = { alpha: new Recorder(), beta: new Recorder() };

/** Two features' worth of subscriptions, made in onModuleInit as the real subscribers do. */
@Injectable()
class TwoChannelFeature implements OnModuleInit {
  constructor(private readonly listener: PgListener) {}
  async onModuleInit(): Promise<void> {
    // A subscriber that throws must not keep the others of its channel from hearing.
    await this.listener.subscribe(ALPHA, {
      notification: () => {
        throw new Error('a broken subscriber');
      },
      missedNotifications: () => {
        throw new Error('a broken subscriber');
      },
    });
    await this.listener.subscribe(ALPHA, recorders.alpha);
    await this.listener.subscribe(BETA, recorders.beta);
  }
}

/** The shared listener on a real PostgreSQL, in a Nest context with its real lifecycle hooks. */
describe(PgListener.name, () => {
  let db: TestDatabase;
  /** Opened before any test refuses new connections, like the app's own pool. */
  let admin: Client;
  let app: INestApplicationContext | undefined;
  let logs: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Client({ connectionString: db.url });
    await admin.connect();
  });

  afterAll(async () => {
    await allowConnections(true);
    await admin?.end();
    await db?.drop();
  });

  beforeEach(async () => {
    recorders.alpha = new Recorder();
    recorders.beta = new Recorder();
    logs = [];
    const config = loadConfig({ DATABASE_URL: db.url, SCENARIOS_DIR: '/nonexistent', LOG_LEVEL: 'info' });
    const lines = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(pino({ level: 'info' }, lines)),
        DatabaseModule.forRoot(),
        RedisModule,
        HealthModule,
        PgListenerModule,
      ],
      providers: [TwoChannelFeature],
    }).compile();
    app = await moduleRef.init();
  });

  afterEach(async () => {
    await allowConnections(true);
    await app?.close();
    app = undefined;
  });

  const listener = () => app!.get(PgListener);
  const notify = (channel: NotificationChannel, payload: string) =>
    admin.query('SELECT pg_notify($1, $2)', [channel, payload]);
  const listenerPids = async (): Promise<number[]> =>
    (
      await admin.query(
        'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
        [LISTENER_APPLICATION_NAME],
      )
    ).rows.map((row: { pid: number }) => row.pid);
  const terminateListener = async (): Promise<number> =>
    (
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = $1 AND datname = current_database()`,
        [LISTENER_APPLICATION_NAME],
      )
    ).rowCount ?? 0;
  /** Whether new connections to the test database are accepted (existing ones stay). */
  const allowConnections = (allow: boolean) =>
    withClient(process.env[TEST_SERVER_URL_ENV]!, (client) =>
      client.query(`ALTER DATABASE ${client.escapeIdentifier(db.name)} ALLOW_CONNECTIONS ${allow}`),
    );
  const listenerHealth = async () => (await app!.get(HealthService).check()).checks.eventStream;

  it('should hear every subscribed channel over one connection, listening before the application is up', async () => {
    // No waiting for a connection: init() returned, so the LISTENs are in place.
    await notify(ALPHA, 'a-1');
    await notify(BETA, 'b-1');
    await notify(ALPHA, 'a-2');

    await waitFor(
      async () => recorders.alpha.heard.length === 2 && recorders.beta.heard.length === 1,
      'both',
    );
    expect(recorders.alpha.heard).toEqual(['a-1', 'a-2']);
    expect(recorders.beta.heard).toEqual(['b-1']);
    expect(await listenerPids()).toHaveLength(1);
    expect(await listenerHealth()).toEqual({ status: 'up' });
    // The first connection, made at once, missed nothing.
    expect([recorders.alpha.missed, recorders.beta.missed]).toEqual([0, 0]);
    expect(logs.some((line) => line.includes('a notification subscriber failed'))).toBe(true);
  });

  it('should LISTEN at once on a channel subscribed after it connected, on the same connection', async () => {
    const [pid] = await listenerPids();
    const late = new Recorder();

    await listener().subscribe(LATE, late);
    await notify(LATE, 'late-1');

    await waitFor(async () => late.heard.length === 1, 'the late subscription to hear');
    expect(late.heard).toEqual(['late-1']);
    expect(await listenerPids()).toEqual([pid]);
  });

  it('should refuse to LISTEN on a name that is not a plain identifier, whatever its type says', async () => {
    const smuggled = 'x; SELECT pg_sleep(10)' as NotificationChannel;

    await expect(listener().subscribe(smuggled, new Recorder())).rejects.toThrow(/refusing to LISTEN/);
    expect(() => notificationChannel('Driehoek_Access')).toThrow(/not a lowercase SQL identifier/);
  });

  it('should report down while its connection is gone, reconnect, and tell every subscriber it may have missed notices', async () => {
    const [before] = await listenerPids();
    await allowConnections(false);
    expect(await terminateListener()).toBe(1);
    const down = await waitFor(async () => {
      const health = await listenerHealth();
      return health?.status === 'down' && health;
    }, 'the listener to report down');
    expect(down.error).toMatch(/reconnecting/);
    // Sent while nobody listens: PostgreSQL keeps it for no one.
    await notify(ALPHA, 'lost');
    await waitFor(async () => (await listenerPids()).length === 0, 'the terminated backend to be gone');
    expect((await listenerHealth())?.status).toBe('down');

    await allowConnections(true);
    await waitFor(async () => (await listenerHealth())?.status === 'up', 'the listener to be up again');

    expect([recorders.alpha.missed, recorders.beta.missed]).toEqual([1, 1]);
    const after = await listenerPids();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    await notify(ALPHA, 'after');
    await notify(BETA, 'after');
    await waitFor(
      async () => recorders.alpha.heard.length === 1 && recorders.beta.heard.length === 1,
      'both',
    );
    expect(recorders.alpha.heard).toEqual(['after']);
    expect(logs.some((line) => line.includes('listener connection lost'))).toBe(true);
  });

  it('should tell subscribers once per reconnect when it is cut off twice in a row', async () => {
    const [first] = await listenerPids();
    expect(await terminateListener()).toBe(1);
    const second = await waitFor(async () => {
      const pids = await listenerPids();
      return pids.length === 1 && pids[0] !== first && pids[0];
    }, 'the first reconnect');
    await waitFor(async () => recorders.beta.missed === 1, 'the first signal');
    expect(await terminateListener()).toBe(1);
    await waitFor(async () => {
      const pids = await listenerPids();
      return pids.length === 1 && pids[0] !== second;
    }, 'the second reconnect');

    await waitFor(async () => recorders.beta.missed === 2, 'the second signal');
    await notify(BETA, 'still here');
    await waitFor(async () => recorders.beta.heard.length === 1, 'a notice after both reconnects');
  });

  it('should end its connection at shutdown without taking it for a loss', async () => {
    expect(await listenerPids()).toHaveLength(1);

    await app!.close();
    app = undefined;

    await waitFor(async () => (await listenerPids()).length === 0, 'the connection to be gone');
    expect(logs.some((line) => /listener connection lost|listener cannot listen/.test(line))).toBe(false);
  });

  it('should end its reconnect loop at shutdown while it waits to reconnect', async () => {
    await allowConnections(false);
    expect(await terminateListener()).toBe(1);
    await waitFor(async () => logs.some((line) => line.includes('listener cannot listen')), 'a failed retry');

    // Resolves only once the loop has returned (beforeApplicationShutdown awaits it).
    await app!.close();
    app = undefined;
    await allowConnections(true);

    // With the loop returned nothing can connect again: connections are allowed, and there is none.
    expect(await listenerPids()).toEqual([]);
    expect((await withClient(db.url, (c) => c.query('SELECT 1'))).rowCount).toBe(1);
  });
});
