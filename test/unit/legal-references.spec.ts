import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkCitations,
  citationsInYaml,
  describeProblem,
  extractCitations,
  parseRegister,
  referenceKey,
} from '../support/legal-references';

const root = join(__dirname, '../..');
const register = parseRegister(readFileSync(join(root, 'docs/legal-references.md'), 'utf8'));
const contentFiles = ['scenarios', 'playbooks'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}/${f}`),
);

const keys = (text: string) =>
  extractCitations(text, register).map((c) => (c.law ? referenceKey(c.law, c.article) : `? ${c.article}`));
const problemsIn = (text: string) =>
  checkCitations(extractCitations(text, register), register).map((p) => p.message);

describe('legal references', () => {
  describe('the register', () => {
    const laws = new Map(register.laws.map((l) => [l.name, l]));

    it('should name only laws from its law table, each row with its law’s source', () => {
      const wrong = register.rows.filter((r) => laws.get(r.law)?.source !== r.source);
      expect(wrong.map((r) => `line ${r.line}: ${r.law} ${r.article} (${r.source})`)).toEqual([]);
    });

    it('should hold each reference once', () => {
      const seen = register.rows.map((r) => referenceKey(r.law, r.article));
      expect(seen.filter((k, i) => seen.indexOf(k) !== i)).toEqual([]);
    });

    it('should say for every row whether a lawyer verified it', () => {
      const unclear = register.rows.filter((r) => r.verified !== 'no' && !r.verified.startsWith('yes'));
      expect(unclear.map((r) => `line ${r.line}: "${r.verified}"`)).toEqual([]);
    });

    it('should register no Cyberbeveiligingswet article numbers, which differ between drafts and the final text', () => {
      expect(register.rows.filter((r) => r.law === 'Cbw')).toEqual([]);
    });

    it('should map terms of art only to laws in its law table', () => {
      expect(register.terms.filter((t) => !laws.has(t.law))).toEqual([]);
    });
  });

  describe(extractCitations.name, () => {
    it.each([
      ['art. 176 Gemeentewet', ['Gemeentewet art. 176']],
      ['Gemeentewet art. 176(4)', ['Gemeentewet art. 176 lid 4']],
      ['art. 176 lid 4 Gemeentewet', ['Gemeentewet art. 176 lid 4']],
      ['artikel 176, vierde lid, van de Gemeentewet', ['Gemeentewet art. 176 lid 4']],
      ['Gemeentewet art. 160(1)(e)', ['Gemeentewet art. 160 lid 1 onder e']],
      ['artikel 33 AVG', ['AVG art. 33']],
      ['AVG art. 6 lid 1 sub e (taak van algemeen belang)', ['AVG art. 6 lid 1 onder e']],
      ['AVG art. 4 onder 12', ['AVG art. 4 onder 12']],
      ['art. 443 Sr', ['Sr art. 443']],
      ['Sr art. 138ab', ['Sr art. 138ab']],
      ['Wetboek van Strafvordering art. 126na', ['Sv art. 126na']],
      ['art. J 8 Kieswet', ['Kieswet art. J 8']],
      ['Kieswet art. J 7a (register)', ['Kieswet art. J 7a']],
      ['art. 2.3.3 Wmo 2015', ['Wmo 2015 art. 2.3.3']],
      ['Wet maatschappelijke ondersteuning 2015 art. 2.3.3', ['Wmo 2015 art. 2.3.3']],
      ['art. 16 DSA', ['DSA art. 16']],
      ['Verordening (EU) 2022/2065 (Digital Services Act) art. 16', ['DSA art. 16']],
      ['art. 38–39 AVG', ['AVG art. 38', 'AVG art. 39']],
      ['art. 33 en 34 AVG', ['AVG art. 33', 'AVG art. 34']],
      [
        'art. 172, 174 en 175 Gemeentewet',
        ['Gemeentewet art. 172', 'Gemeentewet art. 174', 'Gemeentewet art. 175'],
      ],
      [
        'Politiewet 2012 art. 11 t/m 13',
        ['Politiewet 2012 art. 11', 'Politiewet 2012 art. 12', 'Politiewet 2012 art. 13'],
      ],
      ['Politiewet 2012 art. 56 e.v. (bijstand)', ['Politiewet 2012 art. 56']],
      ['Politiewet 2012 § 5.1', ['Politiewet 2012 art. § 5.1']],
      [
        'NIS2-richtlijn art. 23 lid 4 onder d en e',
        ['NIS2-richtlijn art. 23 lid 4 onder d', 'NIS2-richtlijn art. 23 lid 4 onder e'],
      ],
      [
        'Richtlijn (EU) 2022/2555 (NIS2) art. 23 lid 3 (significant incident) en lid 4 (termijnen)',
        ['NIS2-richtlijn art. 23 lid 3', 'NIS2-richtlijn art. 23 lid 4'],
      ],
      ['Burgerlijk Wetboek boek 6 art. 74 en 265', ['BW art. 6:74', 'BW art. 6:265']],
      ['Gemeentewet art. 176, 24 uur na de vaststelling', ['Gemeentewet art. 176']],
      ['NIS2-richtlijn art. 23 en 24 uur later', ['NIS2-richtlijn art. 23']],
      [
        'Gemeentewet art. 172 lid 3, 172a en 151c',
        ['Gemeentewet art. 172 lid 3', 'Gemeentewet art. 172a', 'Gemeentewet art. 151c'],
      ],
      ['art. 127 Sr (kunstgreep) en art. 129 Sr', ['Sr art. 127', 'Sr art. 129']],
    ])('should read "%s"', (text, expected) => {
      expect(keys(text)).toEqual(expected);
    });

    it.each([
      [
        'the sentence names the law',
        'De Kieswet kent geen bevoegdheid om later te sluiten (art. J 1).',
        'Kieswet art. J 1',
        'sentence',
      ],
      [
        'a term of art names it',
        'Een afweging tussen noodverordening (art. 176) en noodbevel (art. 175).',
        'Gemeentewet art. 176',
        'sentence',
      ],
      [
        'an earlier sentence names it',
        'Wij hebben geen melding ontvangen (AVG art. 33 lid 1). Informeer ons over de betrokkenen (art. 34).',
        'AVG art. 34',
        'text',
      ],
    ] as const)('should take the law from the context when %s', (_, text, key, from) => {
      const citation = extractCitations(text, register).find(
        (c) => c.law && referenceKey(c.law, c.article) === key,
      );
      expect(citation?.lawFrom).toBe(from);
    });

    it('should skip the articles of a contract', () => {
      expect(keys('Volgens artikel 9 van onze verwerkersovereenkomst meldt Cardanus binnen 24 uur.')).toEqual(
        [],
      );
      expect(keys('Verwerkersovereenkomst art. 9 (meldtermijn 24 uur)')).toEqual([]);
    });

    it('should say where a citation sits in a YAML file', () => {
      const yaml = [
        'injects:',
        '  - id: i-een',
        '    content: >-',
        '      De burgemeester kondigt een noodbevel af; wie het niet opvolgt,',
        '      pleegt een misdrijf (art. 184 Sr).',
      ].join('\n');
      const [citation] = citationsInYaml(yaml, 'x.yaml', register);
      expect(citation).toMatchObject({
        file: 'x.yaml',
        path: 'injects[i-een].content',
        line: 5,
        law: 'Sr',
        article: '184',
      });
    });
  });

  describe(checkCitations.name, () => {
    it('should pass registered references', () => {
      expect(problemsIn('Gemeentewet art. 176 lid 4; art. 184 Sr; AVG art. 33 lid 2')).toEqual([]);
    });

    it('should fail an article that is not in the register', () => {
      expect(problemsIn('Zie art. 999 Gemeentewet.')).toEqual([
        'Gemeentewet art. 999 is not in the register',
      ]);
    });

    it('should fail a lid that is not registered, though its article is', () => {
      expect(problemsIn('Gemeentewet art. 176 lid 5')).toEqual([
        'Gemeentewet art. 176 lid 5 is not in the register',
      ]);
    });

    it('should fail a Cyberbeveiligingswet article number', () => {
      expect(problemsIn('Cbw art. 23')).toEqual(['Cbw art. 23 is not in the register']);
    });

    it('should fail an article without a law', () => {
      expect(problemsIn('Dat staat in art. 12.')).toEqual([
        'article 12 without a law: name the law next to it',
      ]);
    });

    it('should fail an article whose sentence names two laws', () => {
      expect(problemsIn('Uit de AVG en de Gemeentewet volgt dat (art. 12).')).toEqual([
        'article 12: the sentence names several laws (AVG, Gemeentewet); name the law next to it',
      ]);
    });

    it('should fail a law the register does not know', () => {
      expect(problemsIn('Opiumwet art. 2')).toEqual(["Opiumwet is not a law in the register's law table"]);
    });
  });

  describe('the shipped content', () => {
    const citations = contentFiles.map((file) => ({
      file,
      citations: citationsInYaml(readFileSync(join(root, file), 'utf8'), file, register),
    }));

    it('should cite laws in every scenario and playbook', () => {
      for (const { file, citations: found } of citations)
        expect([file, found.length > 0]).toEqual([file, true]);
    });

    describe.each(citations)('$file', ({ citations: found }) => {
      it('should cite only references in docs/legal-references.md, each with its law', () => {
        expect(checkCitations(found, register).map(describeProblem)).toEqual([]);
      });
    });
  });
});
