import type { ScenarioRole } from '../schema/scenario.schema';
import { clockAudience } from './clock-audience';

const roles: ScenarioRole[] = [
  { id: 'burgemeester', name: 'Burgemeester', organisation: 'gemeente' },
  { id: 'ciso', name: 'CISO', organisation: 'gemeente' },
  { id: 'teamchef-politie', name: 'Teamchef politie', organisation: 'politie' },
  { id: 'officier-van-justitie', name: 'Officier van justitie', organisation: 'om' },
  { id: 'privacy-officer', name: 'Privacy officer', organisation: 'gemeente' },
];

describe(clockAudience.name, () => {
  it.each([
    ['every player for audience: all', { audience: 'all' as const, role: 'ciso' }, ['*']],
    [
      'the listed roles for an explicit list',
      { audience: ['ciso', 'teamchef-politie'], role: 'ciso' },
      ['ciso', 'teamchef-politie'],
    ],
    [
      "every role of the responsible role's organisation by default",
      { role: 'ciso' },
      ['burgemeester', 'ciso', 'privacy-officer'],
    ],
    ['only the police for a police clock', { role: 'teamchef-politie' }, ['teamchef-politie']],
    ['every player when the clock has no audience and no role', {}, ['*']],
  ])('should give %s', (_what, clock, audience) => {
    expect(clockAudience({ roles }, clock)).toEqual(audience);
  });
});
