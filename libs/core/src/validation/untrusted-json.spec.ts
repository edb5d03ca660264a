import { MAX_JSON_DEPTH, untrustedJsonProblem } from './untrusted-json';

describe('untrustedJsonProblem', () => {
  it('should pass ordinary payloads, paired surrogates (emoji) included', () => {
    expect(untrustedJsonProblem({ besluit: 'We sluiten 🚧 het stadhuis', actions: [{ owner: 'ç' }] })).toBe(
      undefined,
    );
    expect(untrustedJsonProblem(null)).toBe(undefined);
  });

  it('should name the field holding a NUL or an unpaired surrogate, in keys too', () => {
    expect(untrustedJsonProblem({ actions: [{ description: 'a\u0000b' }] })).toMatchObject({
      path: 'actions[0].description',
      code: 'invalid_text',
    });
    expect(untrustedJsonProblem({ beeld: 'x\uD800' })).toMatchObject({ path: 'beeld' });
    expect(untrustedJsonProblem({ beeld: '\uDC00x' })).toMatchObject({ path: 'beeld' });
    expect(untrustedJsonProblem({ report: { ['k\u0000']: 1 } })).toMatchObject({ path: 'report.k\u0000' });
  });

  it('should refuse nesting past the limit without recursing', () => {
    let deep: unknown = 'bodem';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(untrustedJsonProblem({ report: deep })).toMatchObject({ code: 'too_deep' });
    let fits: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) fits = [fits];
    expect(untrustedJsonProblem(fits)).toBe(undefined);
    expect(untrustedJsonProblem([fits])).toMatchObject({ code: 'too_deep' });
  });
});
