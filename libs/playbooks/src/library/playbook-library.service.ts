import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { AppException, CONFIG, ErrorCode, LOGGER, type Config } from '@driehoek/core';
import type { Logger } from 'pino';
import type { Playbook } from '../schema/playbook.schema';
import { loadPlaybooks, type LoadedPlaybook } from './load-playbooks';

export interface PlaybookSummary {
  id: string;
  title: string;
  summary: string;
  language: Playbook['language'];
  appliesTo: string[];
  stepCount: number;
  contentHash: string;
}

export interface PlaybookDetail {
  id: string;
  contentHash: string;
  playbook: Playbook;
}

/**
 * The shipped playbooks, read from PLAYBOOKS_DIR at start and kept in memory: they are data that
 * ships with a release, so there is nothing to store. An invalid file stops the start (the error
 * names file:line:column), because a crisis team must not miss a checklist it expects.
 */
@Injectable()
export class PlaybookLibrary implements OnModuleInit {
  private readonly logger: Logger;
  private playbooks = new Map<string, LoadedPlaybook>();

  constructor(
    @Inject(CONFIG) private readonly config: Pick<Config, 'PLAYBOOKS_DIR'>,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: PlaybookLibrary.name });
  }

  async onModuleInit(): Promise<void> {
    const dir = this.config.PLAYBOOKS_DIR;
    const { playbooks, found } = await loadPlaybooks(dir);
    if (!found) this.logger.warn(`no playbooks folder at ${dir}; the playbook library is empty`);
    for (const { file, warnings } of playbooks) {
      for (const w of warnings) this.logger.warn(`${file}:${w.line}:${w.column} ${w.message} [${w.code}]`);
    }
    this.playbooks = new Map(playbooks.map((loaded) => [loaded.playbook.id, loaded]));
    this.logger.info(`playbook library: ${playbooks.length} playbook(s) from ${dir}`);
  }

  list(): PlaybookSummary[] {
    return [...this.playbooks.values()].map(({ playbook, contentHash }) => ({
      id: playbook.id,
      title: playbook.title,
      summary: playbook.summary,
      language: playbook.language,
      appliesTo: playbook.appliesTo,
      stepCount: playbook.steps.length,
      contentHash,
    }));
  }

  /** The playbook with this id; 404 when there is none. */
  get(id: string): PlaybookDetail {
    const found = this.find(id);
    if (!found) throw AppException.notFound(`Playbook "${id}"`);
    return found;
  }

  /** The playbook with this id, or undefined (e.g. one a later release withdrew). */
  find(id: string): PlaybookDetail | undefined {
    const loaded = this.playbooks.get(id);
    return loaded && { id, contentHash: loaded.contentHash, playbook: loaded.playbook };
  }

  /** The playbook a step completion names: 404 for an unknown playbook, 422 naming `stepId` for a step it lacks. */
  getForStep({ playbookId, stepId }: { playbookId: string; stepId: string }): PlaybookDetail {
    const detail = this.get(playbookId);
    if (!detail.playbook.steps.some((s) => s.id === stepId))
      throw new AppException(ErrorCode.ValidationFailed, `Playbook "${playbookId}" has no step "${stepId}"`, [
        { path: 'stepId', message: `is not a step of playbook "${playbookId}"` },
      ]);
    return detail;
  }
}
