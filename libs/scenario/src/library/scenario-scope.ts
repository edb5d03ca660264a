import { AppException, ErrorCode } from '@driehoek/core';

/**
 * Who owns one copy of a scenario. Copies are keyed by (owner, id): a shipped scenario and an
 * organisation's fork of it share the id and nothing else, version history included.
 */
export type ScenarioOwner = { kind: 'shipped' } | { kind: 'organisation'; organisationId: string };

export const SHIPPED: ScenarioOwner = Object.freeze({ kind: 'shipped' });

/** Which scenarios a list shows: shipped ones plus those of these organisations, or all. */
export type Visibility = { organisationIds: string[] } | 'all';

/**
 * How an id becomes one copy; there is no other way to read a scenario.
 *
 * - `organisation`: that organisation's own copy, else the shipped one; never another
 *   organisation's. What an exercise is made from, and what a member of one organisation reads.
 * - `owner`: exactly that copy, nothing else.
 * - `neutral` (no organisation to read as: a platform admin, or a member of several who named
 *   none): the shipped copy; else the only copy among `visibility`; several answer 422 asking
 *   for `owner`, so nobody's upload is picked for anyone by accident.
 */
export type ScenarioScope =
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'owner'; owner: ScenarioOwner }
  | { kind: 'neutral'; visibility: Visibility };

/** Enough of a principal to decide whose copies it may read. */
export interface LibraryReader {
  platformAdmin: boolean;
  memberships: readonly { organisationId: string }[];
}

/** What a read asks for: `owner` is `"shipped"` or an organisation id. */
export interface CopyRequest {
  owner?: string;
  organisationId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Shipped scenarios plus those of the reader's organisations; platform admins see all. */
export function readerVisibility(reader: LibraryReader): Visibility {
  return reader.platformAdmin ? 'all' : { organisationIds: reader.memberships.map((m) => m.organisationId) };
}

/**
 * The scope of a read (GET a scenario, its versions, its source). Naming an organisation the
 * reader does not belong to answers 404, as the policy guard does: it does not exist for them.
 */
export function readScope(reader: LibraryReader, request: CopyRequest): ScenarioScope {
  const mayRead = (organisationId: string) =>
    UUID.test(organisationId) &&
    (reader.platformAdmin || reader.memberships.some((m) => m.organisationId === organisationId));
  if (request.organisationId !== undefined && !mayRead(request.organisationId))
    throw AppException.notFound('Organisation');
  if (request.owner !== undefined) {
    if (request.owner === 'shipped') return { kind: 'owner', owner: SHIPPED };
    if (!mayRead(request.owner)) throw AppException.notFound('Organisation');
    return { kind: 'owner', owner: { kind: 'organisation', organisationId: request.owner } };
  }
  if (request.organisationId !== undefined)
    return { kind: 'organisation', organisationId: request.organisationId };
  if (!reader.platformAdmin && reader.memberships.length === 1)
    return { kind: 'organisation', organisationId: reader.memberships[0].organisationId };
  return { kind: 'neutral', visibility: readerVisibility(reader) };
}

/**
 * The scope an exercise of `organisationId` is made in: that organisation's library unless an
 * owner is named. Only a platform admin may build it from another organisation's copy; a member
 * of both may not carry one organisation's scenario into the other's exercise either.
 */
export function exerciseScope(
  reader: LibraryReader,
  organisationId: string,
  owner: string | undefined,
): ScenarioScope {
  if (owner === undefined) return { kind: 'organisation', organisationId };
  if (owner === 'shipped') return { kind: 'owner', owner: SHIPPED };
  if (owner !== organisationId && !reader.platformAdmin) {
    throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
      {
        path: 'scenarioOwner',
        message:
          'must be "shipped" or the organisation of the exercise: only a platform administrator may make an exercise from another organisation\'s scenario',
      },
    ]);
  }
  return { kind: 'owner', owner: { kind: 'organisation', organisationId: owner } };
}

/** A copy as the resolver sees it: its owner, null for shipped. */
export interface Copy {
  organisationId: string | null;
}

/**
 * Picks the copy a scope resolves to among the candidates the repository found for it (already
 * limited to what the scope may see). Undefined: there is none.
 */
export function pickCopy<T extends Copy>(id: string, scope: ScenarioScope, candidates: T[]): T | undefined {
  const shipped = candidates.find((c) => c.organisationId === null);
  switch (scope.kind) {
    case 'organisation':
      return candidates.find((c) => c.organisationId === scope.organisationId) ?? shipped;
    case 'owner':
      return candidates.find((c) =>
        scope.owner.kind === 'shipped'
          ? c.organisationId === null
          : c.organisationId === scope.owner.organisationId,
      );
    case 'neutral':
      if (shipped || candidates.length <= 1) return shipped ?? candidates[0];
      throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
        {
          path: 'owner',
          message: `is required: scenario "${id}" is not shipped and several organisations have one (${candidates
            .map((c) => c.organisationId)
            .join(', ')}); add ?owner=<organisationId>, or ?organisationId= to read as one organisation`,
        },
      ]);
  }
}
