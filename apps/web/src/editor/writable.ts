import type { StaffSession } from '../auth/session';

export interface WritableOrganisation {
  id: string;
  name: string;
}

/** The organisations the person may store scenarios in: admin or facilitator (POST /api/scenarios). */
export function writableOrganisations(session: StaffSession | null): WritableOrganisation[] {
  return (session?.organisations ?? [])
    .filter((o) => o.role === 'admin' || o.role === 'facilitator')
    .map(({ id, name }) => ({ id, name }));
}
