import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppException, CONFIG, ErrorCode, type Config } from '@driehoek/core';
import { buildMsel, type Msel, type MselLanguage } from '../msel/msel';
import { offsetToSeconds } from '../schema/offset';
import type { Scenario } from '../schema/scenario.schema';
import type { ScenarioProblem } from '../validation/scenario-problem';
import { validateScenarioYaml, type ScenarioValidation } from '../validation/validate-scenario';
import { ScenarioValidationPool, ValidationBusyError } from '../validation/worker/scenario-validation-pool';
import type { ScenarioEntity } from './scenario.entity';
import { pickCopy, type ScenarioScope, type Visibility } from './scenario-scope';
import { ScenarioRepository, type DuplicatePolicy } from './scenario.repository';
import type { ScenarioOrigin, ScenarioVersionEntity } from './scenario-version.entity';

/** The owner of a copy as readers see it: shipped, or an organisation by id and name. */
export type ScenarioOwnerView =
  { kind: 'shipped' } | { kind: 'organisation'; organisationId: string; name: string };

export interface ScenarioSummary {
  id: string;
  owner: ScenarioOwnerView;
  /** Null for shipped scenarios; otherwise the owning organisation (as in `owner`). */
  organisationId: string | null;
  title: string;
  summary: string;
  language: string;
  tags: string[];
  latestVersion: number;
  durationMinutes: number;
  counts: { roles: number; injects: number; decisionPoints: number; phases: number };
  updatedAt: Date;
}

export interface ScenarioDetail {
  id: string;
  owner: ScenarioOwnerView;
  organisationId: string | null;
  version: number;
  origin: ScenarioOrigin;
  contentHash: string;
  createdAt: Date;
  scenario: ScenarioVersionEntity['content'];
}

export interface StoreResult {
  id: string;
  organisationId: string | null;
  version: number;
  created: boolean;
  warnings: ScenarioProblem[];
}

/**
 * What checking a document without storing it finds: the same findings as a refused upload, and
 * for a valid one its MSEL, so an editor can show the list of what the unsaved text would play.
 */
export interface ScenarioCheck {
  valid: boolean;
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
  errorCount: number;
  warningCount: number;
  /** Whether `errors` or `warnings` leaves some out (each lists the first YAML_LIMITS.findings). */
  truncated: boolean;
  msel: Msel | null;
}

/** Parsed versions kept in memory: the engine reads its scenario on every firing. */
const VERSION_CACHE_SIZE = 100;

/** The scenario library: validate, store immutable versions, read them back. */
@Injectable()
export class ScenarioLibraryService implements OnModuleDestroy {
  /** Safe to cache without invalidation: the database refuses any change to a stored version. */
  private readonly versionCache = new Map<string, { version: number; scenario: Scenario }>();
  /** Uploads are checked on worker threads, within a time budget, never on the event loop. */
  private readonly validation: ScenarioValidationPool;

  constructor(
    private readonly repository: ScenarioRepository,
    @Inject(CONFIG) config: Pick<Config, 'SCENARIO_VALIDATION_TIMEOUT_MS'>,
  ) {
    this.validation = new ScenarioValidationPool({ timeoutMs: config.SCENARIO_VALIDATION_TIMEOUT_MS });
  }

  onModuleDestroy(): Promise<void> {
    return this.validation.close();
  }

  /** One entry per copy (owner and id), the latest version each, labelled with its owner. */
  async list(visibility: Visibility): Promise<ScenarioSummary[]> {
    const rows = await this.repository.list(visibility);
    return rows.map((latest) => {
      const { scenario } = latest;
      const s = latest.content;
      return {
        id: scenario.slug,
        owner: ownerView(scenario),
        organisationId: scenario.organisationId,
        title: scenario.title,
        summary: s.summary,
        language: s.language,
        tags: s.tags ?? [],
        latestVersion: scenario.latestVersion,
        durationMinutes: Math.round((offsetToSeconds(s.duration) ?? 0) / 60),
        counts: {
          roles: s.roles.length,
          injects: s.injects.length,
          decisionPoints: s.decisionPoints?.length ?? 0,
          phases: s.phases?.length ?? 0,
        },
        updatedAt: scenario.updatedAt,
      };
    });
  }

  async get(id: string, scope: ScenarioScope, version?: number): Promise<ScenarioDetail> {
    const { copy, found } = await this.find(id, scope, version);
    return {
      id: copy.slug,
      owner: ownerView(copy),
      organisationId: copy.organisationId,
      version: found.version,
      origin: found.origin,
      contentHash: found.contentHash,
      createdAt: found.createdAt,
      scenario: found.content,
    };
  }

  /** The stored version an exercise is made from: its row id, validated content and owner. */
  async resolve(
    id: string,
    scope: ScenarioScope,
    version?: number,
  ): Promise<{ versionId: string; version: number; owner: ScenarioOwnerView; scenario: Scenario }> {
    const { copy, found } = await this.find(id, scope, version);
    return { versionId: found.id, version: found.version, owner: ownerView(copy), scenario: found.content };
  }

  /** A stored version by its id; shared and frozen, so callers cannot change it by accident. */
  async resolveVersionId(versionId: string): Promise<{ version: number; scenario: Scenario }> {
    const cached = this.versionCache.get(versionId);
    if (cached) {
      this.versionCache.delete(versionId); // most recently used goes last
      this.versionCache.set(versionId, cached);
      return cached;
    }
    const found = await this.repository.findVersionById(versionId);
    if (!found) throw AppException.notFound('Scenario version');
    const resolved = deepFreeze({ version: found.version, scenario: found.content });
    this.versionCache.set(versionId, resolved);
    if (this.versionCache.size > VERSION_CACHE_SIZE)
      this.versionCache.delete(this.versionCache.keys().next().value!);
    return resolved;
  }

  async source(id: string, scope: ScenarioScope, version?: number): Promise<string> {
    return (await this.find(id, scope, version)).found.source;
  }

  /** Every version of the one copy the scope resolves to: a fork has a history of its own. */
  async versions(
    id: string,
    scope: ScenarioScope,
  ): Promise<{ version: number; origin: ScenarioOrigin; contentHash: string; createdAt: Date }[]> {
    return this.repository.listVersions((await this.copy(id, scope)).id);
  }

  /** Validates YAML and stores it as the organisation's new version; invalid input stores nothing. */
  async upload(organisationId: string, source: string): Promise<StoreResult> {
    return this.store(organisationId, source, await this.validate(source), 'upload', 'latest');
  }

  /**
   * Checks YAML exactly as an upload is checked (same threads, budgets and findings) and stores
   * nothing; a valid document also gets its MSEL in `language`.
   */
  async check(source: string, language: MselLanguage): Promise<ScenarioCheck> {
    const result = await this.validate(source);
    return {
      valid: result.scenario !== undefined,
      errors: result.errors,
      warnings: result.warnings,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      truncated: isTruncated(result),
      msel: result.scenario ? buildMsel(result.scenario, language) : null,
    };
  }

  /** A document from outside, on the validation threads: never on the event loop. */
  private validate(source: string): Promise<ScenarioValidation> {
    return this.validation.validate(source).catch((error: unknown) => {
      if (error instanceof ValidationBusyError)
        throw new AppException(ErrorCode.ServiceUnavailable, error.message);
      throw error;
    });
  }

  /** A shipped scenario: no owner, visible to every organisation. Our own files, checked in-process. */
  storeShipped(source: string, fileName: string): Promise<StoreResult> {
    return this.store(null, source, validateScenarioYaml(source), 'shipped', 'any', fileName);
  }

  private async store(
    organisationId: string | null,
    source: string,
    result: ScenarioValidation,
    origin: ScenarioOrigin,
    policy: DuplicatePolicy,
    fileName?: string,
  ): Promise<StoreResult> {
    if (!result.scenario) {
      const truncated = isTruncated(result);
      throw new AppException(
        ErrorCode.ScenarioInvalid,
        `The scenario has ${result.errorCount} error(s); nothing was stored` +
          (result.errors.length < result.errorCount ? `; the first ${result.errors.length} are listed` : ''),
        result.errors.map(({ path, line, column, message, code }) => ({ path, line, column, message, code })),
        {
          errorCount: result.errorCount,
          warnings: result.warnings,
          warningCount: result.warningCount,
          truncated,
        },
      );
    }
    const contentHash = createHash('sha256').update(source).digest('hex');
    const { version, scenario, created } = await this.repository.addVersion(
      { organisationId, scenario: result.scenario, source, contentHash, origin, fileName },
      policy,
    );
    return {
      id: scenario.slug,
      organisationId,
      version: version.version,
      created,
      warnings: result.warnings,
    };
  }

  /** The copy first, then the version within it: version numbers belong to one copy. */
  private async find(
    id: string,
    scope: ScenarioScope,
    version?: number,
  ): Promise<{ copy: ScenarioEntity; found: ScenarioVersionEntity }> {
    const copy = await this.copy(id, scope);
    const found = await this.repository.findVersion(copy, version);
    if (!found) {
      throw AppException.notFound(
        version === undefined ? `Scenario "${id}"` : `Version ${version} of scenario "${id}"`,
      );
    }
    return { copy, found };
  }

  private async copy(id: string, scope: ScenarioScope): Promise<ScenarioEntity> {
    const copy = pickCopy(id, scope, await this.repository.copies(id, scope));
    if (!copy) throw AppException.notFound(`Scenario "${id}"`);
    return copy;
  }
}

function isTruncated(result: ScenarioValidation): boolean {
  return result.errors.length < result.errorCount || result.warnings.length < result.warningCount;
}

function ownerView(scenario: ScenarioEntity): ScenarioOwnerView {
  return scenario.organisationId === null
    ? { kind: 'shipped' }
    : {
        kind: 'organisation',
        organisationId: scenario.organisationId,
        name: scenario.organisation?.name ?? '',
      };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
