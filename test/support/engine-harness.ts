import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { EventEmitterModule } from '@nestjs/event-emitter';
import pino from 'pino';
import { AuditModule } from '@driehoek/audit';
import {
  Clock,
  ConfigModule,
  CoreModule,
  DatabaseModule,
  LoggingModule,
  RedisModule,
  SCHEDULER,
  SchedulerModule,
  loadConfig,
  type Scheduler,
} from '@driehoek/core';
import {
  DecisionService,
  EventLog,
  ExerciseModule,
  ExerciseRunService,
  ExerciseService,
  FacilitatorInjects,
  InjectAcks,
  RegulatoryClocks,
  ReportService,
  type ExerciseEventEntity,
} from '@driehoek/exercise';
import { IdentityModule, OrganisationAdminService, type Principal } from '@driehoek/identity';
import { PlaybooksModule } from '@driehoek/playbooks';
import { ScenarioLibraryService, ScenarioModule, offsetToSeconds } from '@driehoek/scenario';
import { createTestDatabase, scenarioYaml, type TestDatabase } from '@driehoek/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { join } from 'node:path';

/** The wall clock under the test's hand: it moves only when told to. */
export class FakeClock extends Clock {
  constructor(private ms = Date.UTC(2026, 10, 23, 9, 0, 0)) {
    super();
  }

  override now(): Date {
    return new Date(this.ms);
  }

  /** A prepared firing waits for its instant: with a fake clock, time simply gets there. */
  override waitUntil(atMs: number): Promise<void> {
    if (atMs > this.ms) this.ms = atMs;
    return Promise.resolve();
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  get epochMs(): number {
    return this.ms;
  }
}

/**
 * The scheduler port with the test's hand on it: it records what is armed and wakes the engine
 * only when the test runs it, at the armed instants, as the real adapters would.
 */
export class ManualScheduler implements Scheduler {
  readonly armed = new Map<string, number>();
  private handler?: (key: string, atMs: number) => Promise<void>;
  calls = 0;

  arm(key: string, atMs: number): Promise<void> {
    this.armed.set(key, atMs);
    return Promise.resolve();
  }

  disarm(key: string): Promise<void> {
    this.armed.delete(key);
    return Promise.resolve();
  }

  setHandler(handler: (key: string, atMs: number) => Promise<void>): void {
    this.handler = handler;
  }

  /** Shutdown, as the real adapters have it: nothing armed goes off any more. */
  close(): void {
    this.armed.clear();
  }

  /** Wakes, in instant order, everything armed up to the clock's now (and what those wake-ups arm). */
  async runUntil(clock: FakeClock): Promise<void> {
    for (;;) {
      const due = [...this.armed.entries()]
        .filter(([, at]) => at <= clock.epochMs)
        .sort((a, b) => a[1] - b[1]);
      if (!due.length) return;
      const [key, at] = due[0];
      this.armed.delete(key);
      this.calls++;
      await this.handler?.(key, at);
    }
  }
}

export interface EngineHarness {
  app: INestApplicationContext;
  clock: FakeClock;
  scheduler: ManualScheduler;
  principal: Principal;
  organisationId: string;
  run: ExerciseRunService;
  decisions: DecisionService;
  reports: ReportService;
  injects: FacilitatorInjects;
  acks: InjectAcks;
  exercises: ExerciseService;
  regulatory: RegulatoryClocks;
  log: EventLog;
  /** Uploads a scenario and creates an exercise of it; returns its id and join codes per role. */
  exercise(scenario: Record<string, unknown>, speed?: number): Promise<string>;
  /** Moves the wall clock on and wakes the engine for everything armed meanwhile. */
  advance(ms: number): Promise<void>;
  /** The whole log of an exercise. */
  events(exerciseId: string): Promise<ExerciseEventEntity[]>;
  close(): Promise<void>;
}

/**
 * The exercise engine on a real PostgreSQL, with a fake Clock and a manual scheduler: a "medium"
 * test drives time itself, so it is exact on the busiest machine and never races a fast clock.
 */
export async function startEngine(): Promise<EngineHarness> {
  const db: TestDatabase = await createTestDatabase();
  const clock = new FakeClock();
  const scheduler = new ManualScheduler();
  const config = loadConfig({
    DATABASE_URL: db.url,
    SCENARIOS_DIR: '/nonexistent',
    PLAYBOOKS_DIR: join(__dirname, '../../playbooks'),
    LOG_LEVEL: 'silent',
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      LoggingModule.forRoot(pino({ level: 'silent' })),
      EventEmitterModule.forRoot(),
      DatabaseModule.forRoot(),
      RedisModule,
      CoreModule,
      SchedulerModule,
      AuditModule,
      IdentityModule,
      ScenarioModule,
      PlaybooksModule,
      ExerciseModule,
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .overrideProvider(SCHEDULER)
    .useValue(scheduler)
    .compile();
  const app = await moduleRef.init();
  const principal: Principal = {
    kind: 'user',
    userId: randomUUID(),
    email: 'oefenleider@driehoek.test',
    name: 'Oefenleider',
    platformAdmin: true,
    sessionId: randomUUID(),
    memberships: [],
  };
  const organisation = await app
    .get(OrganisationAdminService)
    .createOrganisation(principal, 'Gemeente Hofstede');
  const log = app.get(EventLog);
  return {
    app,
    clock,
    scheduler,
    principal,
    organisationId: organisation.id,
    run: app.get(ExerciseRunService),
    decisions: app.get(DecisionService),
    reports: app.get(ReportService),
    injects: app.get(FacilitatorInjects),
    acks: app.get(InjectAcks),
    exercises: app.get(ExerciseService),
    regulatory: app.get(RegulatoryClocks),
    log,
    exercise: async (scenario, speed) => {
      await app
        .get(ScenarioLibraryService)
        .upload(organisation.id, scenarioYaml(scenario))
        .catch((error: { errors?: unknown }) => {
          throw new Error(`the test scenario is not valid: ${JSON.stringify(error.errors)}`);
        });
      const created = await app
        .get(ExerciseService)
        .create(principal, organisation.id, { scenarioId: scenario.id as string, speed });
      return created.id;
    },
    advance: async (ms) => {
      clock.advance(ms);
      await scheduler.runUntil(clock);
    },
    events: (exerciseId) => log.list(exerciseId, 0, 10_000),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Wall ms for a stretch of scenario time at a speed: "00:50" at 60× is 50 s. */
export function wallMsFor(offset: string, speed: number): number {
  return ((offsetToSeconds(offset) ?? 0) * 1000) / speed;
}
