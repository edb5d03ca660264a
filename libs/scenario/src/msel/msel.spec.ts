import { scenarioFixture } from '@driehoek/testing';
import { Scenario } from '../schema/scenario.schema';
import { buildMsel } from './msel';
import { mselCsv, mselHtml } from './msel-render';

const fixture = (change: (s: Record<string, any>) => void = () => {}) => {
  const raw = scenarioFixture();
  change(raw);
  return Scenario.parse(raw);
};

describe(buildMsel.name, () => {
  it('should list the main timeline by offset, each decision point after the inject that raises it and its branches under it', () => {
    const msel = buildMsel(fixture());
    expect(msel.rows.map((r) => [r.kind, r.depth, r.id, r.when])).toEqual([
      ['inject', 0, 'i-start', '00:10'],
      ['decision-point', 0, 'dp-keuze', '00:10'],
      ['branch', 1, 'i-tak-a', '00:05 na besluit "A of B?": A'],
      ['branch', 1, 'i-tak-b', 'Direct na besluit "A of B?": B'],
      ['branch', 1, 'i-te-laat', 'Direct na 00:45 zonder besluit over "A of B?"'],
      ['inject', 0, 'i-politie', '00:20'],
      ['branch', 0, 'i-klok', 'Direct na klok nis2 early-warning gemist'],
      ['held', 0, 'i-reserve', 'door de oefenleider'],
    ]);
  });

  it('should give the fictional date-time in the scenario zone, the phase, the roles and the expected actions', () => {
    const [start, point] = buildMsel(fixture()).rows;
    expect(start).toMatchObject({
      offset: '00:10',
      localTime: '2026-03-12 08:10 (CET)',
      phase: 'Detectie',
      to: 'Iedereen',
      channel: 'E-mail',
      expectedActions: 'Besluit binnen 30 minuten (uiterlijk 01:00)',
    });
    expect(point).toMatchObject({ to: 'Burgemeester', content: 'Opties: A / B\nUiterlijk: 00:45' });
  });

  it('should speak English on request', () => {
    const rows = buildMsel(fixture(), 'en').rows;
    expect(rows[0].to).toBe('Everyone');
    expect(rows[2].when).toBe('00:05 after decision "A of B?": A');
  });

  it('should put a decision point that opens at a moment at that moment', () => {
    const msel = buildMsel(
      fixture((s) => {
        delete s.decisionPoints[0].raisedBy;
        s.decisionPoints[0].opensAt = '00:15';
      }),
    );
    expect(msel.rows.map((r) => r.id).slice(0, 3)).toEqual(['i-start', 'dp-keuze', 'i-tak-a']);
    expect(msel.rows[1]).toMatchObject({ offset: '00:15', localTime: '2026-03-12 08:15 (CET)' });
  });
});

describe(mselCsv.name, () => {
  it('should neutralise a formula in scenario content', () => {
    const csv = mselCsv(buildMsel(fixture((s) => (s.injects[0].title = '=HYPERLINK("http://x")'))));
    expect(csv.startsWith('\uFEFF"Tijd","Scenariotijd"')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe(mselHtml.name, () => {
  it('should escape scenario content and declare the language', () => {
    const html = mselHtml(buildMsel(fixture((s) => (s.injects[0].title = '<script>alert(1)</script>'))));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('size: A4 landscape');
  });
});
