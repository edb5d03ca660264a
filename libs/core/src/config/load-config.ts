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
  return { ...config, DATA_DIR: resolve(config.DATA_DIR), SCENARIOS_DIR: resolve(config.SCENARIOS_DIR) };
}
