import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePlaybookYaml } from '@driehoek/playbooks';

const dir = join(__dirname, '../../playbooks');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const load = (file: string) => validatePlaybookYaml(readFileSync(join(dir, file), 'utf8'));
const clocksOf = (file: string) =>
  load(file).playbook!.steps.flatMap((s) => (s.clock ? [`${s.clock.regime}/${s.clock.stage}`] : []));
const legalBases = (file: string) => load(file).playbook!.steps.flatMap((s) => s.legalBasis ?? []);

describe('shipped playbooks', () => {
  it('should cover ransomware and online-fuelled disorder', () => {
    expect(files).toEqual(expect.arrayContaining(['ransomware-gemeente.yaml', 'online-ordeverstoring.yaml']));
  });

  describe.each(files)('%s', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const { playbook, errors, warnings } = validatePlaybookYaml(source);

    it('should validate without errors or warnings', () => {
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
    });

    it('should point editors at the JSON Schema and be named after its id', () => {
      expect(source.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
      expect(`${playbook!.id}.yaml`).toBe(file);
    });

    it('should be a Dutch checklist of 15 to 30 steps for the gemeente and its partners, in phases', () => {
      const p = playbook!;
      expect(p.language).toBe('nl');
      expect(p.steps.length).toBeGreaterThanOrEqual(15);
      expect(p.steps.length).toBeLessThanOrEqual(30);
      expect(p.phases!.length).toBeGreaterThanOrEqual(3);
      expect(p.roles.map((r) => r.organisation)).toEqual(
        expect.arrayContaining(['gemeente', 'politie', 'om']),
      );
      expect(p.roles.some((r) => r.id === 'burgemeester')).toBe(true);
    });
  });

  it('should link the ransomware playbook to the NIS2 and AVG clocks', () => {
    expect(clocksOf('ransomware-gemeente.yaml')).toEqual(
      expect.arrayContaining(['nis2/early-warning', 'nis2/notification', 'avg/notification']),
    );
  });

  it('should link the disorder playbook to the noodverordening clocks, with the mayor’s powers as legal basis', () => {
    expect(clocksOf('online-ordeverstoring.yaml')).toEqual(
      expect.arrayContaining(['noodverordening/notice', 'noodverordening/ratification']),
    );
    expect(legalBases('online-ordeverstoring.yaml')).toEqual(
      expect.arrayContaining(['Gemeentewet art. 175', 'Gemeentewet art. 176']),
    );
  });
});
