import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Scenario } from '../schema/scenario.schema';
import { ScenarioEntity } from './scenario.entity';
import { ScenarioVersionEntity, type ScenarioOrigin } from './scenario-version.entity';

export interface NewScenarioVersion {
  /** Null for shipped scenarios. */
  organisationId: string | null;
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

/** Which scenarios a reader may see: shipped ones plus those of these organisations, or all. */
export type Visibility = { organisationIds: string[] } | 'all';

export type VersionWithScenario = ScenarioVersionEntity & { scenario: ScenarioEntity };

/** The only place that touches the scenario tables. */
@Injectable()
export class ScenarioRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(visibility: Visibility): Promise<VersionWithScenario[]> {
    const query = this.latestVersions()
      .orderBy('s.title', 'ASC')
      .addOrderBy('s.organisation_id', 'ASC', 'NULLS FIRST');
    return (await visible(query, visibility).getMany()) as VersionWithScenario[];
  }

  /**
   * A version by slug. An organisation's own scenario wins over a shipped one with the same slug:
   * that is the organisation's adapted copy.
   */
  async findVersion(
    slug: string,
    visibility: Visibility,
    version?: number,
  ): Promise<VersionWithScenario | null> {
    const query = this.dataSource
      .getRepository(ScenarioVersionEntity)
      .createQueryBuilder('v')
      .innerJoinAndSelect(
        'v.scenario',
        's',
        version === undefined ? 's.latest_version = v.version' : undefined,
      )
      .where('s.slug = :slug', { slug })
      .orderBy('s.organisation_id', 'ASC', 'NULLS LAST');
    if (version !== undefined) query.andWhere('v.version = :version', { version });
    return (await visible(query, visibility).getOne()) as VersionWithScenario | null;
  }

  findVersionById(id: string): Promise<ScenarioVersionEntity | null> {
    return this.dataSource.getRepository(ScenarioVersionEntity).findOneBy({ id });
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
  ): Promise<{ version: ScenarioVersionEntity; scenario: ScenarioEntity; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const slug = input.scenario.id;
      await manager
        .createQueryBuilder()
        .insert()
        .into(ScenarioEntity)
        .values({ slug, organisationId: input.organisationId, title: input.scenario.title, latestVersion: 0 })
        .orIgnore()
        .execute();
      const scenario = await manager
        .createQueryBuilder(ScenarioEntity, 's')
        .setLock('pessimistic_write')
        .where('s.slug = :slug', { slug })
        .andWhere(
          input.organisationId ? 's.organisation_id = :organisationId' : 's.organisation_id IS NULL',
          { organisationId: input.organisationId },
        )
        .getOneOrFail();

      const existing = await this.duplicate(manager, scenario, input.contentHash, policy);
      if (existing) return { version: existing, scenario, created: false };

      const version = manager.create(ScenarioVersionEntity, {
        scenarioId: scenario.id,
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
        { id: scenario.id },
        { title: input.scenario.title, latestVersion: version.version, updatedAt: new Date() },
      );
      return {
        version: await manager.findOneByOrFail(ScenarioVersionEntity, { id: version.id }),
        scenario,
        created: true,
      };
    });
  }

  private latestVersions(): SelectQueryBuilder<ScenarioVersionEntity> {
    return this.dataSource
      .getRepository(ScenarioVersionEntity)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.scenario', 's', 's.latest_version = v.version');
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

function visible<T extends SelectQueryBuilder<ScenarioVersionEntity>>(query: T, visibility: Visibility): T {
  if (visibility === 'all') return query;
  return query.andWhere(
    new Brackets((where) => {
      where.where('s.organisation_id IS NULL');
      if (visibility.organisationIds.length)
        where.orWhere('s.organisation_id = ANY(:organisationIds)', {
          organisationIds: visibility.organisationIds,
        });
    }),
  );
}
