import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { Test, type TestingModule } from '@nestjs/testing';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { AuditModule } from '@driehoek/audit';
import {
  AppException,
  ConfigModule,
  CoreModule,
  DatabaseModule,
  LoggingModule,
  RedisModule,
  SchedulerModule,
  loadConfig,
} from '@driehoek/core';
import { ExerciseExportModule, ExerciseModule } from '@driehoek/exercise';
import { IdentityModule } from '@driehoek/identity';
import { IncidentsModule } from '@driehoek/incidents';
import {
  SHIPPED,
  ScenarioLibraryService,
  ScenarioModule,
  ShippedScenarioLoader,
  type ScenarioScope,
} from '@driehoek/scenario';
import { createTestDatabase, scenarioFixture, scenarioYaml, type TestDatabase } from '@driehoek/testing';

describe('scenario library on PostgreSQL', () => {
  let db: TestDatabase;
  let module: TestingModule;
  let sut: ScenarioLibraryService;
  let loader: ShippedScenarioLoader;
  let dataSource: DataSource;
  let scenariosDir: string;
  let org: string;
  let otherOrg: string;
  /** Reads as organisation `org`: its own copy, else the shipped one. */
  let mine: ScenarioScope;

  beforeAll(async () => {
    db = await createTestDatabase();
    scenariosDir = await mkdtemp(join(tmpdir(), 'driehoek-shipped-'));
    const config = loadConfig({ DATABASE_URL: db.url, SCENARIOS_DIR: scenariosDir });
    module = await Test.createTestingModule({
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
        ExerciseModule,
        ExerciseExportModule,
        // Here so that the drift check below covers every entity, not only the library's.
        IncidentsModule,
      ],
    }).compile();
    await module.init();
    sut = module.get(ScenarioLibraryService);
    loader = module.get(ShippedScenarioLoader);
    dataSource = module.get(DataSource);
    [{ id: org }] = await dataSource.query(
      `INSERT INTO organisation (name) VALUES ('Gemeente Hofstede') RETURNING id`,
    );
    [{ id: otherOrg }] = await dataSource.query(
      `INSERT INTO organisation (name) VALUES ('Gemeente Waalkerke') RETURNING id`,
    );
    mine = { kind: 'organisation', organisationId: org };
  });

  afterAll(async () => {
    await module?.close();
    await db?.drop();
    await rm(scenariosDir, { recursive: true, force: true });
  });

  const versionCount = async (): Promise<number> =>
    Number((await dataSource.query('SELECT count(*) AS n FROM scenario_version'))[0].n);

  it('should have migrations that match the entities exactly', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('should store an upload as version 1 and read it back exactly', async () => {
    const source = scenarioYaml(scenarioFixture('opslag'));
    const stored = await sut.upload(org, source);
    expect(stored).toEqual({ id: 'opslag', organisationId: org, version: 1, created: true, warnings: [] });

    const detail = await sut.get('opslag', mine);
    expect(detail).toMatchObject({
      id: 'opslag',
      version: 1,
      origin: 'upload',
      scenario: { title: 'Testscenario' },
    });
    expect(detail.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await sut.source('opslag', mine)).toBe(source);
    expect((await sut.list({ organisationIds: [org] })).find((s) => s.id === 'opslag')).toMatchObject({
      latestVersion: 1,
      durationMinutes: 240,
      counts: { roles: 3, injects: 7, decisionPoints: 1, phases: 2 },
    });
  });

  it('should not add a version when the latest is uploaded again, and should add one on change', async () => {
    const fixture = scenarioFixture('versies');
    const v1 = scenarioYaml(fixture);
    await sut.upload(org, v1);
    expect(await sut.upload(org, v1)).toMatchObject({ version: 1, created: false });

    const v2 = scenarioYaml({ ...fixture, title: 'Testscenario, herzien' });
    expect(await sut.upload(org, v2)).toMatchObject({ version: 2, created: true });
    expect((await sut.get('versies', mine)).scenario.title).toBe('Testscenario, herzien');
    expect((await sut.get('versies', mine, 1)).scenario.title).toBe('Testscenario');
    expect((await sut.versions('versies', mine)).map((v) => v.version)).toEqual([2, 1]);

    // Going back to earlier content is a change too: it becomes the latest version.
    expect(await sut.upload(org, v1)).toMatchObject({ version: 3, created: true });
  });

  it('should store nothing when the scenario is invalid', async () => {
    const before = await versionCount();
    const broken = scenarioYaml({ ...scenarioFixture('kapot'), roles: [{ id: 'burgemeester', name: 'B' }] });
    await expect(sut.upload(org, broken)).rejects.toMatchObject({
      code: 'SCENARIO_INVALID',
      errors: [
        expect.objectContaining({
          path: 'roles[0].organisation',
          line: expect.any(Number),
          column: expect.any(Number),
        }),
      ],
    });
    await expect(sut.upload(org, 'id: [unclosed')).rejects.toBeInstanceOf(AppException);
    expect(await versionCount()).toBe(before);
    await expect(sut.get('kapot', mine)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('should answer not found for an unknown scenario or version', async () => {
    await expect(sut.get('bestaat-niet', mine)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(sut.versions('bestaat-niet', mine)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await sut.upload(org, scenarioYaml(scenarioFixture('een-versie')));
    await expect(sut.get('een-versie', mine, 2)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Version 2 of scenario "een-versie" not found',
    });
  });

  it('should refuse to update, delete or truncate stored versions in the database itself', async () => {
    await sut.upload(org, scenarioYaml(scenarioFixture('onveranderlijk')));
    await expect(
      dataSource.query(
        `UPDATE scenario_version SET source = 'x' WHERE scenario_id IN (SELECT id FROM scenario WHERE slug = 'onveranderlijk')`,
      ),
    ).rejects.toThrow(/immutable: UPDATE refused/);
    await expect(
      dataSource.query(
        `DELETE FROM scenario_version WHERE scenario_id IN (SELECT id FROM scenario WHERE slug = 'onveranderlijk')`,
      ),
    ).rejects.toThrow(/immutable: DELETE refused/);
    await expect(dataSource.query('TRUNCATE scenario_version CASCADE')).rejects.toThrow(
      /immutable: TRUNCATE refused/,
    );
    expect((await sut.get('onveranderlijk', mine)).version).toBe(1);
  });

  it('should give concurrent uploads of one scenario gapless version numbers', async () => {
    const fixture = scenarioFixture('gelijktijdig');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        sut.upload(org, scenarioYaml({ ...fixture, summary: `Variant ${i}` })),
      ),
    );
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("should load shipped files once, skip broken ones, and never touch an organisation's adapted copy", async () => {
    const shipped = scenarioFixture('meegeleverd');
    await writeFile(join(scenariosDir, 'meegeleverd.yaml'), scenarioYaml(shipped));
    await writeFile(join(scenariosDir, 'kapot.yaml'), 'id: kapot\ntitle: [\n');
    expect(await loader.load()).toEqual({ loaded: 2, added: 1, failed: 1 });
    expect(await loader.load()).toEqual({ loaded: 2, added: 0, failed: 1 });
    expect(await sut.get('meegeleverd', mine)).toMatchObject({ version: 1, origin: 'shipped' });

    await sut.upload(org, scenarioYaml({ ...shipped, title: 'Aangepast door de oefenleider' }));
    expect(await loader.load()).toMatchObject({ added: 0 });
    expect((await sut.get('meegeleverd', mine)).scenario.title).toBe('Aangepast door de oefenleider');

    // A changed shipped file (a new release) does add a version.
    await writeFile(
      join(scenariosDir, 'meegeleverd.yaml'),
      scenarioYaml({ ...shipped, summary: 'Nieuwe release' }),
    );
    expect(await loader.load()).toMatchObject({ added: 1 });
    expect(await sut.get('meegeleverd', { kind: 'owner', owner: SHIPPED })).toMatchObject({
      version: 2,
      origin: 'shipped',
      organisationId: null,
    });
    // The organisation keeps its own adapted copy.
    expect(await sut.get('meegeleverd', mine)).toMatchObject({
      version: 1,
      origin: 'upload',
      organisationId: org,
    });
  });

  it('should number versions per organisation and hide each one from the other', async () => {
    const fixture = scenarioFixture('gedeeld-id');
    await sut.upload(org, scenarioYaml(fixture));
    await sut.upload(org, scenarioYaml({ ...fixture, summary: 'Tweede versie' }));
    expect(await sut.upload(otherOrg, scenarioYaml(fixture))).toMatchObject({
      organisationId: otherOrg,
      version: 1,
      created: true,
    });

    expect((await sut.get('gedeeld-id', mine)).version).toBe(2);
    expect((await sut.get('gedeeld-id', { kind: 'organisation', organisationId: otherOrg })).version).toBe(1);
    await expect(sut.get('gedeeld-id', { kind: 'owner', owner: SHIPPED })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await sut.list('all')).filter((s) => s.id === 'gedeeld-id')).toHaveLength(2);
  });

  it('should resolve a shipped id to the shipped copy for everyone but the organisation that forked it', async () => {
    const shipped = scenarioFixture('niet-te-overschaduwen');
    await writeFile(join(scenariosDir, 'niet-te-overschaduwen.yaml'), scenarioYaml(shipped));
    await loader.load();
    await sut.upload(otherOrg, scenarioYaml({ ...shipped, title: 'Kopie van Waalkerke' }));

    const title = async (scope: ScenarioScope) =>
      (await sut.get('niet-te-overschaduwen', scope)).scenario.title;
    expect(await title(mine)).toBe('Testscenario');
    expect(await title({ kind: 'neutral', visibility: 'all' })).toBe('Testscenario');
    expect(await title({ kind: 'organisation', organisationId: otherOrg })).toBe('Kopie van Waalkerke');
    expect(await title({ kind: 'owner', owner: { kind: 'organisation', organisationId: otherOrg } })).toBe(
      'Kopie van Waalkerke',
    );
    await expect(
      sut.get('niet-te-overschaduwen', {
        kind: 'owner',
        owner: { kind: 'organisation', organisationId: org },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await sut.resolve('niet-te-overschaduwen', { kind: 'organisation', organisationId: org })).owner,
    ).toEqual({ kind: 'shipped' });

    const copies = (await sut.list('all')).filter((s) => s.id === 'niet-te-overschaduwen');
    expect(copies.map((s) => s.owner)).toEqual([
      { kind: 'shipped' },
      { kind: 'organisation', organisationId: otherOrg, name: 'Gemeente Waalkerke' },
    ]);
    expect(
      (await sut.list({ organisationIds: [org] })).filter((s) => s.id === 'niet-te-overschaduwen'),
    ).toHaveLength(1);
  });
});
