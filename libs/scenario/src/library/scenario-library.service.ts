import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import { offsetToSeconds } from '../schema/offset';
import type { ScenarioProblem } from '../validation/scenario-problem';
import { validateScenarioYaml } from '../validation/validate-scenario';
import { ScenarioRepository, type DuplicatePolicy } from './scenario.repository';
import type { ScenarioOrigin, ScenarioVersionEntity } from './scenario-version.entity';

export interface ScenarioSummary {
  id: string;
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
  version: number;
  origin: ScenarioOrigin;
  contentHash: string;
  createdAt: Date;
  scenario: ScenarioVersionEntity['content'];
}

export interface StoreResult {
  id: string;
  version: number;
  created: boolean;
  warnings: ScenarioProblem[];
}

/** The scenario library: validate, store immutable versions, read them back. */
@Injectable()
export class ScenarioLibraryService {
  constructor(private readonly repository: ScenarioRepository) {}

  async list(): Promise<ScenarioSummary[]> {
    const rows = await this.repository.list();
    return rows.map(({ scenario, latest }) => {
      const s = latest.content;
      return {
        id: scenario.id,
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

  async get(id: string, version?: number): Promise<ScenarioDetail> {
    const found = await this.find(id, version);
    return {
      id: found.scenarioId,
      version: found.version,
      origin: found.origin,
      contentHash: found.contentHash,
      createdAt: found.createdAt,
      scenario: found.content,
    };
  }

  async source(id: string, version?: number): Promise<string> {
    return (await this.find(id, version)).source;
  }

  async versions(
    id: string,
  ): Promise<{ version: number; origin: ScenarioOrigin; contentHash: string; createdAt: Date }[]> {
    const versions = await this.repository.listVersions(id);
    if (!versions.length) throw AppException.notFound(`Scenario "${id}"`);
    return versions;
  }

  /** Validates YAML and stores it as a new version; invalid input throws and stores nothing. */
  upload(source: string): Promise<StoreResult> {
    return this.store(source, 'upload', 'latest');
  }

  async store(
    source: string,
    origin: ScenarioOrigin,
    policy: DuplicatePolicy,
    fileName?: string,
  ): Promise<StoreResult> {
    const result = validateScenarioYaml(source);
    if (!result.scenario) {
      throw new AppException(
        ErrorCode.ScenarioInvalid,
        `The scenario has ${result.errors.length} error(s); nothing was stored`,
        result.errors.map(({ path, line, column, message }) => ({ path, line, column, message })),
        { warnings: result.warnings },
      );
    }
    const contentHash = createHash('sha256').update(source).digest('hex');
    const { version, created } = await this.repository.addVersion(
      { scenario: result.scenario, source, contentHash, origin, fileName },
      policy,
    );
    return { id: version.scenarioId, version: version.version, created, warnings: result.warnings };
  }

  private async find(id: string, version?: number): Promise<ScenarioVersionEntity> {
    const found = await this.repository.findVersion(id, version);
    if (!found)
      throw AppException.notFound(
        version === undefined ? `Scenario "${id}"` : `Version ${version} of scenario "${id}"`,
      );
    return found;
  }
}
