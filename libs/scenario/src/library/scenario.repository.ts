import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Scenario } from '../schema/scenario.schema';
import { ScenarioEntity } from './scenario.entity';
import { ScenarioVersionEntity, type ScenarioOrigin } from './scenario-version.entity';

export interface NewScenarioVersion {
  scenario: Scenario;
  source: string;
  contentHash: string;
  origin: ScenarioOrigin;
  fileName?: string;
}

/**
 * When a new version is not needed: `latest` for uploads (re-sending the current version is a
 * no-op), `any` for shipped files (a file loaded once is never loaded again, even when an upload
 * has since replaced it).
 */
export type DuplicatePolicy = 'latest' | 'any';

/** The only place that touches the scenario tables. */
@Injectable()
export class ScenarioRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<{ scenario: ScenarioEntity; latest: ScenarioVersionEntity }[]> {
    return this.dataSource
      .getRepository(ScenarioVersionEntity)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.scenario', 's', 's.latest_version = v.version')
      .orderBy('s.title', 'ASC')
      .getMany()
      .then((rows) => rows.map((latest) => ({ scenario: latest.scenario!, latest })));
  }

  findVersion(scenarioId: string, version?: number): Promise<ScenarioVersionEntity | null> {
    const query = this.dataSource
      .getRepository(ScenarioVersionEntity)
      .createQueryBuilder('v')
      .where('v.scenario_id = :scenarioId', { scenarioId });
    if (version === undefined)
      query.innerJoin(ScenarioEntity, 's', 's.id = v.scenario_id AND s.latest_version = v.version');
    else query.andWhere('v.version = :version', { version });
    return query.getOne();
  }

  listVersions(
    scenarioId: string,
  ): Promise<Pick<ScenarioVersionEntity, 'version' | 'origin' | 'contentHash' | 'createdAt'>[]> {
    return this.dataSource.getRepository(ScenarioVersionEntity).find({
      select: { version: true, origin: true, contentHash: true, createdAt: true },
      where: { scenarioId },
      order: { version: 'DESC' },
    });
  }

  /**
   * Stores a version unless the policy says it already exists. Serialised per scenario by a row
   * lock, so concurrent uploads and several starting servers get gapless version numbers.
   */
  addVersion(
    input: NewScenarioVersion,
    policy: DuplicatePolicy,
  ): Promise<{ version: ScenarioVersionEntity; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const id = input.scenario.id;
      await manager
        .createQueryBuilder()
        .insert()
        .into(ScenarioEntity)
        .values({ id, title: input.scenario.title, latestVersion: 0 })
        .orIgnore()
        .execute();
      const scenario = await manager.findOneOrFail(ScenarioEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });

      const existing = await this.duplicate(manager, scenario, input.contentHash, policy);
      if (existing) return { version: existing, created: false };

      const version = manager.create(ScenarioVersionEntity, {
        scenarioId: id,
        version: scenario.latestVersion + 1,
        source: input.source,
        content: input.scenario,
        contentHash: input.contentHash,
        origin: input.origin,
        fileName: input.fileName ?? null,
      });
      await manager.insert(ScenarioVersionEntity, version);
      await manager.update(
        ScenarioEntity,
        { id },
        { title: input.scenario.title, latestVersion: version.version, updatedAt: new Date() },
      );
      return {
        version: await manager.findOneByOrFail(ScenarioVersionEntity, { id: version.id }),
        created: true,
      };
    });
  }

  private duplicate(
    manager: EntityManager,
    scenario: ScenarioEntity,
    contentHash: string,
    policy: DuplicatePolicy,
  ): Promise<ScenarioVersionEntity | null> {
    return manager.findOne(ScenarioVersionEntity, {
      where:
        policy === 'latest'
          ? { scenarioId: scenario.id, version: scenario.latestVersion, contentHash }
          : { scenarioId: scenario.id, contentHash },
      order: { version: 'DESC' },
    });
  }
}
