import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppException, CONFIG, LOGGER, type Config } from '@driehoek/core';
import type { Logger } from 'pino';
import { ScenarioLibraryService } from './scenario-library.service';
import { ScenarioRepository } from './scenario.repository';

/**
 * Loads the scenarios shipped in SCENARIOS_DIR at start. Idempotent: a file whose exact content
 * was loaded before adds nothing, so restarts and several servers starting together are safe.
 * A broken shipped file is logged with its location and skipped, never fatal: the library and
 * every other scenario stay available (CI's scenarios:check keeps such files out of main).
 */
@Injectable()
export class ShippedScenarioLoader implements OnApplicationBootstrap {
  private readonly logger: Logger;

  constructor(
    private readonly library: ScenarioLibraryService,
    private readonly repository: ScenarioRepository,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: ShippedScenarioLoader.name });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.load();
  }

  async load(): Promise<{ loaded: number; added: number; failed: number }> {
    const dir = this.config.SCENARIOS_DIR;
    let files: string[];
    try {
      files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
    } catch {
      this.logger.warn(`no scenarios folder at ${dir}; the library starts with uploads only`);
      return { loaded: 0, added: 0, failed: 0 };
    }
    let added = 0;
    let failed = 0;
    for (const file of files) {
      try {
        const source = await readFile(join(dir, file), 'utf8');
        // Loaded before, exactly: storing it would add nothing, so a restart skips checking it.
        const contentHash = createHash('sha256').update(source).digest('hex');
        if (await this.repository.shippedContentStored(contentHash)) continue;
        const result = await this.library.storeShipped(source, file);
        if (result.created) {
          added++;
          this.logger.info(`loaded shipped scenario ${result.id} v${result.version} from ${file}`);
        }
      } catch (error) {
        failed++;
        const problems =
          error instanceof AppException
            ? (error.errors ?? []).map((e) => `${file}:${e.line}:${e.column} ${e.message}`)
            : [String(error)];
        this.logger.error({ problems }, `shipped scenario ${file} was not loaded`);
      }
    }
    this.logger.info(
      `scenario library: ${files.length} shipped file(s), ${added} new version(s), ${failed} failed`,
    );
    return { loaded: files.length, added, failed };
  }
}
