/** Raised at boot when the environment is not usable; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}\n` +
        'Fix these environment variables and start again (see the configuration table in README.md).',
    );
    this.name = 'ConfigError';
  }
}
