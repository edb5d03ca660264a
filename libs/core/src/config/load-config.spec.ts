import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

describe(loadConfig.name, () => {
  it('should apply defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.DATA_DIR).toMatch(/\.data$/);
  });

  it('should treat empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('should accept valid URLs', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@localhost/db',
      REDIS_URL: 'redis://localhost:6379',
    });
    expect(config.DATABASE_URL).toBe('postgres://u@localhost/db');
  });

  it.each([
    ['PORT', 'abc', /PORT: must be a whole number/],
    ['PORT', '70000', /PORT: must be a whole number/],
    ['DATABASE_URL', 'mysql://localhost/db', /DATABASE_URL: must be a URL starting with postgres:/],
    ['DATABASE_URL', 'not a url', /DATABASE_URL: must be a URL/],
    ['REDIS_URL', 'http://localhost', /REDIS_URL: must be a URL starting with redis:/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
  ])('should refuse %s=%s naming the variable', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });

  it('should name every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', REDIS_URL: 'nope' });
      fail('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(['PORT', 'REDIS_URL']);
    }
  });
});
