import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Scenario } from '../schema/scenario.schema';
import { ScenarioEntity } from './scenario.entity';
import { ScenarioVersionEntity, type ScenarioOrigin } from './scenario-version.entity';
import type { ScenarioScope, Visibility } from './scenario-scope';

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

export type VersionWithScenario = ScenarioVersionEntity & { scenario: ScenarioEntity };

/** The only place that touches the scenario tables. */
@Injectable()
export class ScenarioRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The latest version of every copy the visibility allows, each with its owner. */
  async list(visibility: Visibility): Promise<VersionWithScenario[]> {
    const query = this.latestVersions()
      .leftJoinAndSelect('s.organisation', 'o')
      .orderBy('s.slug', 'ASC')
      .addOrderBy('o.name', 'ASC', 'NULLS FIRST');
    return (await visible(query, visibility).getMany()) as VersionWithScenario[];
  }

  /**
   * The copies of a slug a scope may resolve to, each with its owner: an organisation's own and
   * the shipped one, one exact copy, or every visible one. Which of them wins is pickCopy's rule.
   */
  copies(slug: string, scope: ScenarioScope): Promise<ScenarioEntity[]> {
    const query = this.dataSource
      .getRepository(ScenarioEntity)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.organisation', 'o')
      .where('s.slug = :slug', { slug })
      .orderBy('s.organisation_id', 'ASC', 'NULLS FIRST');
    switch (scope.kind) {
      case 'organisation':
        return query
          .andWhere('(s.organisation_id IS NULL OR s.organisation_id = :organisationId)', {
            organisationId: scope.organisationId,
          })
          .getMany();
      case 'owner':
        return (
          scope.owner.kind === 'shipped'
            ? query.andWhere('s.organisation_id IS NULL')
            : query.andWhere('s.organisation_id = :organisationId', {
                organisationId: scope.owner.organisationId,
              })
        ).getMany();
      case 'neutral':
        return visible(query, scope.visibility).getMany();
    }
  }

  /** A version of one copy: the latest, or the one asked for; never another copy's. */
  findVersion(scenario: ScenarioEntity, version?: number): Promise<ScenarioVersionEntity | null> {
    return this.dataSource
      .getRepository(ScenarioVersionEntity)
      .findOneBy({ scenarioId: scenario.id, version: version ?? scenario.latestVersion });
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

  /** Whether a shipped copy already has a version with exactly this content (`any` policy's question). */
  async shippedContentStored(contentHash: string): Promise<boolean> {
    return this.dataSource
      .getRepository(ScenarioVersionEntity)
      .createQueryBuilder('v')
      .innerJoin('v.scenario', 's')
      .where('s.organisation_id IS NULL')
      .andWhere('v.content_hash = :contentHash', { contentHash })
      .getExists();
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

function visible<T extends SelectQueryBuilder<ScenarioVersionEntity | ScenarioEntity>>(
  query: T,
  visibility: Visibility,
): T {
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
