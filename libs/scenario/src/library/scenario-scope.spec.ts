import { AppException } from '@driehoek/core';
import { SHIPPED, exerciseScope, pickCopy, readScope, type ScenarioScope } from './scenario-scope';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const member = (...organisationIds: string[]) => ({
  platformAdmin: false,
  memberships: organisationIds.map((organisationId) => ({ organisationId })),
});
const platformAdmin = { platformAdmin: true, memberships: [{ organisationId: A }] };
const shipped = { organisationId: null, name: 'shipped' };
const ofA = { organisationId: A, name: 'A' };
const ofB = { organisationId: B, name: 'B' };

describe(readScope.name, () => {
  it.each([
    ['a member of one organisation', member(A), {}, { kind: 'organisation', organisationId: A }],
    [
      'a member naming its organisation',
      member(A, B),
      { organisationId: B },
      { kind: 'organisation', organisationId: B },
    ],
    [
      'a member of several naming none',
      member(A, B),
      {},
      { kind: 'neutral', visibility: { organisationIds: [A, B] } },
    ],
    ['a member of none', member(), {}, { kind: 'neutral', visibility: { organisationIds: [] } }],
    ['a platform admin, even with a membership', platformAdmin, {}, { kind: 'neutral', visibility: 'all' }],
    [
      'a platform admin reading as any organisation',
      platformAdmin,
      { organisationId: B },
      { kind: 'organisation', organisationId: B },
    ],
    ['anyone naming the shipped copy', member(A), { owner: 'shipped' }, { kind: 'owner', owner: SHIPPED }],
    [
      'a member naming its own copy',
      member(A),
      { owner: A },
      { kind: 'owner', owner: { kind: 'organisation', organisationId: A } },
    ],
    [
      'a platform admin naming any copy',
      platformAdmin,
      { owner: B },
      { kind: 'owner', owner: { kind: 'organisation', organisationId: B } },
    ],
  ] as const)('should read as %s', (_, reader, request, expected) => {
    expect(readScope(reader, request)).toEqual(expected);
  });

  it.each([
    ["another organisation's copy", { owner: B }],
    ['another organisation', { organisationId: B }],
    ['a malformed organisation id', { organisationId: 'x' }],
  ])('should answer not found to a member naming %s', (_, request) => {
    expect(() => readScope(member(A), request)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'Organisation not found' }),
    );
  });
});

describe(exerciseScope.name, () => {
  it("should use the exercise's organisation's library without an owner, for admins too", () => {
    expect(exerciseScope(platformAdmin, B, undefined)).toEqual({ kind: 'organisation', organisationId: B });
    expect(exerciseScope(member(A), A, undefined)).toEqual({ kind: 'organisation', organisationId: A });
  });

  it("should let only a platform admin make an exercise from another organisation's copy", () => {
    expect(exerciseScope(platformAdmin, A, B)).toEqual({
      kind: 'owner',
      owner: { kind: 'organisation', organisationId: B },
    });
    expect(exerciseScope(member(A, B), A, 'shipped')).toEqual({ kind: 'owner', owner: SHIPPED });
    expect(exerciseScope(member(A, B), A, A)).toEqual({
      kind: 'owner',
      owner: { kind: 'organisation', organisationId: A },
    });
    expect(() => exerciseScope(member(A, B), A, B)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ path: 'scenarioOwner' })],
      }),
    );
  });
});

describe(pickCopy.name, () => {
  const organisation = (organisationId: string): ScenarioScope => ({ kind: 'organisation', organisationId });
  const neutral: ScenarioScope = { kind: 'neutral', visibility: 'all' };

  it.each([
    ["the organisation's own fork over the shipped copy", organisation(A), [shipped, ofA], ofA],
    ['the shipped copy when the organisation has none', organisation(A), [shipped], shipped],
    ['nothing when neither exists', organisation(A), [], undefined],
    ['the shipped copy for a neutral reader, whoever forked it', neutral, [shipped, ofA, ofB], shipped],
    ['the only copy for a neutral reader when none is shipped', neutral, [ofB], ofB],
    [
      'exactly the named copy',
      { kind: 'owner', owner: { kind: 'organisation', organisationId: B } },
      [shipped, ofA, ofB],
      ofB,
    ],
    ['the shipped copy when named', { kind: 'owner', owner: SHIPPED }, [shipped, ofA], shipped],
    ['nothing when the named copy does not exist', { kind: 'owner', owner: SHIPPED }, [ofA], undefined],
  ] as const)('should pick %s', (_, scope, candidates, expected) => {
    expect(pickCopy('x', scope, [...candidates])).toBe(expected);
  });

  it('should ask for an owner when several organisations have a copy and none is shipped', () => {
    let error: unknown;
    try {
      pickCopy('x', neutral, [ofA, ofB]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppException);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'owner', message: expect.stringContaining(`${A}, ${B}`) }],
    });
  });
});
