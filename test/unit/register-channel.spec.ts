import { REGISTER_READERS } from '@driehoek/incidents';
import { CONTROLLERS } from '../../apps/api/src/app.module';
import { routeTable } from '../../apps/api/src/http/route-table';

describe('the incident register channel', () => {
  it.each(['GET /api/incidents', 'GET /api/incidents/notices'])(
    'should admit exactly the roles that may read %s',
    (route) => {
      const entry = routeTable(CONTROLLERS).find((r) => `${r.method} ${r.path}` === route);
      expect(entry?.policy).toEqual({ kind: 'organisation', roles: [...REGISTER_READERS] });
    },
  );
});
