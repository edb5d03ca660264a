import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateScenarioYaml } from '@driehoek/scenario';

const dir = join(__dirname, '../../scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('shipped scenarios', () => {
  it('should cover ransomware, online disorder, DDoS with disinformation and a supplier incident', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'ransomware-gemeente.yaml',
        'online-ordeverstoring.yaml',
        'ddos-desinformatie-verkiezingen.yaml',
        'leveranciersincident-saas.yaml',
      ]),
    );
  });

  describe.each(files)('%s', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const { scenario, errors, warnings } = validateScenarioYaml(source);

    it('should validate without errors or warnings', () => {
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
    });

    it('should point editors at the JSON Schema', () => {
      expect(source.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    });

    it('should be a full Dutch exercise for the cyberdriehoek', () => {
      const s = scenario!;
      expect(s.language).toBe('nl');
      const organisations = new Set(s.roles.map((r) => r.organisation));
      expect([...organisations]).toEqual(expect.arrayContaining(['gemeente', 'politie', 'om']));
      expect(s.roles.some((r) => r.id === 'burgemeester')).toBe(true);
      expect(s.roles.length).toBeGreaterThanOrEqual(6);
      expect(s.phases?.length).toBeGreaterThanOrEqual(3);
      expect(s.injects.length).toBeGreaterThanOrEqual(20);
      expect(s.clocks?.length).toBeGreaterThanOrEqual(1);
      expect(s.objectives?.length).toBeGreaterThanOrEqual(3);
    });

    it('should have at least four decision points that branch', () => {
      const s = scenario!;
      const branching = (s.decisionPoints ?? []).filter((dp) =>
        (s.triggers ?? []).some((t) => 'decision' in t.when && t.when.decision === dp.id),
      );
      expect(branching.length).toBeGreaterThanOrEqual(4);
    });

    it('should use every phase', () => {
      const s = scenario!;
      for (const phase of s.phases ?? []) expect(s.injects.some((i) => i.phase === phase.id)).toBe(true);
    });
  });
});
