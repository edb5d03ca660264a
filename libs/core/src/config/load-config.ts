import { resolve } from 'node:path';
import { ConfigSchema, type Config } from './config.schema';
import { ConfigError } from './config-error';

/** Reads and validates the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '?'),
        message: issue.message,
      })),
    );
  }
  const config = result.data;
  return {
    ...config,
    DATA_DIR: resolve(config.DATA_DIR),
    SCENARIOS_DIR: resolve(config.SCENARIOS_DIR),
    PLAYBOOKS_DIR: resolve(config.PLAYBOOKS_DIR),
  };
}

/** EX_CONFIG from sysexits.h: the configuration is wrong, retrying will not help. */
export const EXIT_CONFIG = 78;

/**
 * For process entry points: load the configuration, apply the entry point's own requirement,
 * and on a ConfigError print the message (no stack) and exit with EX_CONFIG.
 */
export function loadConfigOrExit(require?: (config: Config) => void): Config {
  try {
    const config = loadConfig();
    require?.(config);
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(EXIT_CONFIG);
  }
}
