import { useOrganisationChoice } from '../auth/organisation';
import { useStaffSession } from '../auth/session';

/**
 * The organisation whose register this is: the person's only one, or the one chosen. The register's
 * routes take `?organisationId=` (and the channel's handshake `organisationId`) only from members of
 * several organisations (docs/api.md). Evaluators read the register; admins and facilitators write.
 */
export function useRegisterOrganisation() {
  const session = useStaffSession();
  const [organisation, choose] = useOrganisationChoice();
  const several = (session?.organisations.length ?? 0) > 1;
  const organisationId = several ? organisation?.id : undefined;
  return {
    organisation,
    choose,
    /** For the routes' query and the channel's handshake; undefined when there is only one. */
    organisationId,
    query: organisationId ? { organisationId } : undefined,
    canWrite: organisation ? organisation.role !== 'evaluator' : Boolean(session?.user.platformAdmin),
  };
}
