import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * Legal references in the shipped content, and the register they are checked against
 * (docs/legal-references.md). Pure string work: the register's tables are the vocabulary (law
 * names, terms that name a law, documents that are not law), so adding a law is a row there,
 * not a change here.
 */

export interface Law {
  /** Short name used in the register, e.g. `Gemeentewet`, `Sr`, `NIS2-richtlijn`. */
  name: string;
  /** Every spelling the content may use, the short name included. */
  aliases: string[];
  source: string;
}

export interface LawTerm {
  /** A term of art that names its law, e.g. `noodverordening` → Gemeentewet. */
  term: string;
  law: string;
}

export interface RegisterRow {
  law: string;
  /** Canonical form: `176`, `176 lid 4`, `160 lid 1 onder e`, `J 30`, `6:74`, `§ 5.1`. */
  article: string;
  meaning: string;
  source: string;
  verified: string;
  /** 1-based line in the register file. */
  line: number;
}

export interface Register {
  laws: Law[];
  terms: LawTerm[];
  /** Words of documents whose articles are not legal references (a contract's "artikel 9"). */
  notLaw: string[];
  rows: RegisterRow[];
}

export type Vocabulary = Pick<Register, 'laws' | 'terms' | 'notLaw'>;

/** Where a citation's law came from. */
export type LawFrom = 'next-to-it' | 'sentence' | 'text';

export interface Citation {
  /** The citation as written, from "art." to the end of its last article (and its law, if next to it). */
  text: string;
  /** Offset of `text` in the string it was found in. */
  index: number;
  /** One reference per article, lid and onderdeel: "art. 33 en 34 AVG" gives two. */
  article: string;
  law?: string;
  lawFrom?: LawFrom;
  /** Set when no single law can be found for the citation. */
  problem?: 'no-law' | 'ambiguous-law' | 'unknown-law';
  /** The candidate laws (ambiguous) or the unknown law's name. */
  detail?: string;
}

export interface LocatedCitation extends Citation {
  file: string;
  /** YAML path, sequence items named by their `id` where they have one: `injects[i-ap-brief].content`. */
  path: string;
  line: number;
}

// ---------------------------------------------------------------------------------------------
// The register

/** Reads the four tables of docs/legal-references.md, each found under its `## ` heading. */
export function parseRegister(markdown: string): Register {
  const lines = markdown.split('\n');
  const tables = new Map<string, { cells: string[]; line: number }[]>();
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('## ')) heading = line.slice(3).trim().toLowerCase();
    if (!line.startsWith('|') || !heading) continue;
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((c) => c.trim().replace(/^`|`$/g, ''));
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    const rows = tables.get(heading) ?? [];
    rows.push({ cells, line: i + 1 });
    tables.set(heading, rows);
  }
  const body = (name: string) => {
    const rows = tables.get(name);
    if (!rows) throw new Error(`docs/legal-references.md has no "## ${name}" table`);
    return rows.slice(1); // the header
  };
  const laws = body('laws').map(({ cells: [name, , aliases, source] }) => ({
    name,
    aliases: [name, ...splitList(aliases)],
    source,
  }));
  const terms = body('terms that name the law').map(({ cells: [term, law] }) => ({ term, law }));
  const notLaw = body('not law').map(({ cells: [word] }) => word);
  const rows = body('references').map(({ cells: [law, article, meaning, source, verified], line }) => ({
    law,
    article: canonicalArticle(article),
    meaning,
    source,
    verified,
    line,
  }));
  return { laws, terms, notLaw, rows };
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((s) => s.trim().replace(/^`|`$/g, ''))
    .filter(Boolean);
}

/** `176(4)`, `176, vierde lid` and `176 lid 4` all become `176 lid 4`. */
export function canonicalArticle(cell: string): string {
  const paragraph = /^§\s*/.exec(cell);
  const refs = parseArticles(normalise(cell), paragraph ? paragraph[0].length : 0, !!paragraph);
  if (!refs || refs.articles.length !== 1 || refs.end !== cell.length)
    throw new Error(`not one article: "${cell}"`);
  return refs.articles[0];
}

export function referenceKey(law: string, article: string): string {
  return `${law} art. ${article}`;
}

// ---------------------------------------------------------------------------------------------
// Extraction from text

const KEYWORD = /(?<![\p{L}\d])(?:artt?\.|artikel(?:en)?\b|§)/giu;
const ARTICLE =
  /^(?:(\d+):(\d+[a-z]{0,3})|([A-Z][a-z]?) ?(\d+[a-z]{0,3})|(\d+(?:\.\d+)*[a-z]{0,3}))(?![\p{L}\d])/u;
const ORDINALS = [
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
];
const PERIOD =
  /^\d+\s+(?:uur|uren|minuten|dagen|dag|weken|week|maanden|maand|jaar|jaren|procent)(?![\p{L}])/u;
const ABBREVIATIONS = new Set(
  'art artt nr nrs jo e.v o.a bijv vgl resp ca m.b.t t.b.v i.v.m t.a.v z.s.m mr mevr dhr drs ir dr prof st stb stcrt blz p etc'.split(
    ' ',
  ),
);

/** Same length as the input, so offsets stay valid: typographic apostrophes, dashes and spaces. */
function normalise(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\u00a0/g, ' ');
}

/**
 * Every legal citation in one string. Forms: "art. 176 Gemeentewet", "Gemeentewet art. 176(4)",
 * "art. 176 lid 4", "art. 176, vierde lid", "lid 4 onder a" / "sub a" / "(1)(e)", "artikel 33 van
 * de AVG", "art. J 8 Kieswet", "art. 2.3.5", "Burgerlijk Wetboek boek 6 art. 74" (→ 6:74),
 * "Politiewet 2012 § 5.1", lists ("33 en 34", "172, 174 en 175", "lid 3 en 4", "onder d en e"),
 * ranges ("38-39", "11 t/m 13", expanded), "56 e.v." (→ 56). Articles of documents that are not
 * law ("artikel 9 van onze verwerkersovereenkomst") are left out.
 */
export function extractCitations(raw: string, vocabulary: Vocabulary): Citation[] {
  const text = normalise(raw);
  const laws = lawMatcher(vocabulary.laws);
  const citations: Citation[] = [];
  for (const keyword of text.matchAll(KEYWORD)) {
    const start = keyword.index;
    const paragraph = keyword[0] === '§';
    const parsed = parseArticles(text, start + keyword[0].length, paragraph);
    if (!parsed) continue;
    let end = parsed.end;

    const before = text.slice(0, start);
    const after = text.slice(end);
    if (endsWithNotLaw(before, vocabulary.notLaw) || startsWithNotLaw(after, vocabulary.notLaw)) continue;

    let law: string | undefined;
    let book: string | undefined;
    let citationStart = start;
    const post = laws.after(after);
    const pre = laws.before(before);
    if (post) {
      law = post.law;
      end += post.length;
    } else if (pre) {
      law = pre.law;
      book = pre.book;
      citationStart = start - pre.length;
    }
    const base = { text: raw.slice(citationStart, end).trim(), index: citationStart };
    const articles = book ? parsed.articles.map((a) => `${book}:${a}`) : parsed.articles;
    if (law) {
      for (const article of articles) citations.push({ ...base, article, law, lawFrom: 'next-to-it' });
      continue;
    }
    const unknown = unknownLawNextTo(before, after);
    if (unknown) {
      for (const article of articles)
        citations.push({ ...base, article, problem: 'unknown-law', detail: unknown });
      continue;
    }
    const inferred = inferLaw(text, start, laws, vocabulary.terms);
    for (const article of articles) citations.push({ ...base, article, ...inferred });
  }
  return citations;
}

interface ParsedArticles {
  articles: string[];
  end: number;
}

/** Parses the article list that starts at `from` (after the keyword). */
function parseArticles(text: string, from: number, paragraph = false): ParsedArticles | undefined {
  let pos = from;
  const skip = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(text.slice(pos));
    if (m) pos += m[0].length;
    return m;
  };
  skip(/^\s*/);
  const items: { refs: string[]; separator: string; end: number }[] = [];
  let separator = '';
  for (;;) {
    const article = readArticle(text.slice(pos), paragraph);
    if (!article) break;
    pos += article.length;
    let refs = [article.id];
    // Leden and onderdelen: "(4)(e)", "lid 4", "leden 1 en 2", "vierde lid", "onder a", "sub e".
    const leden: string[] = [];
    const onder: string[] = [];
    let m: RegExpExecArray | null;
    while ((m = skip(/^\((\d+[a-z]?)\)/))) leden.push(m[1]);
    while ((m = skip(/^\(([a-z]|\d+°)\)/))) onder.push(m[1]);
    if (
      !leden.length &&
      (m = skip(
        /^,?\s+(?:lid|leden)\s+(\d{1,2}[a-z]?(?:(?:\s*,\s*|\s+(?:en|of)\s+)\d{1,2}[a-z]?)*)(?![\p{L}\d])/u,
      ))
    )
      leden.push(...m[1].split(/\s*,\s*|\s+(?:en|of)\s+/));
    if (!leden.length && (m = skip(new RegExp(`^,?\\s+(${ORDINALS.join('|')})\\s+lid\\b`))))
      leden.push(String(ORDINALS.indexOf(m[1]) + 1));
    if (
      !onder.length &&
      (m = skip(
        /^,?\s+(?:onder|sub|onderdeel|punt)\s+([a-z]|\d+°?)((?:(?:\s*,\s*|\s+(?:en|of)\s+)(?:[a-z]|\d+°?))*)(?![\p{L}\d])/u,
      ))
    )
      onder.push(m[1], ...m[2].split(/\s*,\s*|\s+(?:en|of)\s+/).filter(Boolean));
    if (leden.length) refs = refs.flatMap((r) => leden.map((l) => `${r} lid ${l}`));
    if (onder.length) refs = refs.flatMap((r) => onder.map((o) => `${r} onder ${o}`));
    // "lid 3 (significant incident) en lid 4 (termijnen)": more leden of the same article.
    const moreLeden = /^(?:\s*\([^()]*\))?(?:\s*,\s*|\s+(?:en|of)\s+)lid\s+(\d{1,2}[a-z]?)(?![\p{L}\d])/u;
    while (leden.length && (m = moreLeden.exec(text.slice(pos)))) {
      pos += m[0].length;
      refs.push(`${article.id} lid ${m[1]}`);
    }
    // A range "38-39" / "11 t/m 13" is expanded; "56 e.v." (en volgende) cites article 56.
    const range = /^\s*(?:-|t\/m|tot en met)\s*/.exec(text.slice(pos));
    if (range && refs.length === 1) {
      const to = readArticle(text.slice(pos + range[0].length), paragraph);
      if (to) {
        pos += range[0].length + to.length;
        refs = expandRange(article.id, to.id);
      }
    }
    skip(/^\s+e\.v\./);
    items.push({ refs, separator, end: pos });
    const next = /^(\s*,\s*|\s+(?:en|of)\s+)/.exec(text.slice(pos));
    const following = next && text.slice(pos + next[0].length);
    // "art. 23 en 24 uur" is an article and a period, not two articles.
    if (!following || !readArticle(following, paragraph) || PERIOD.test(following)) break;
    separator = next[1].trim();
    pos += next[0].length;
  }
  if (!items.length) return undefined;
  // "172, 174 en 175": comma-separated items only count when the list closes with "en"/"of";
  // otherwise "art. 176, 24 uur later" would cite an article 24.
  let last = items.length - 1;
  while (last > 0 && items[last].separator === ',') last--;
  const kept = items.slice(0, last + 1);
  return { articles: kept.flatMap((i) => i.refs), end: kept[kept.length - 1].end };
}

function readArticle(text: string, paragraph: boolean): { id: string; length: number } | undefined {
  if (paragraph) {
    const m = /^(\d+(?:\.\d+)*)(?![\p{L}\d])/u.exec(text);
    return m ? { id: `§ ${m[1]}`, length: m[0].length } : undefined;
  }
  const m = ARTICLE.exec(text);
  if (!m) return undefined;
  const id = m[1] ? `${m[1]}:${m[2]}` : m[3] ? `${m[3]} ${m[4]}` : m[5];
  return { id, length: m[0].length };
}

function expandRange(from: string, to: string): string[] {
  const a = /^\d+$/.test(from) ? Number(from) : NaN;
  const b = /^\d+$/.test(to) ? Number(to) : NaN;
  if (a < b && b - a <= 20) return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
  return [from, to];
}

// ---------------------------------------------------------------------------------------------
// Laws next to a citation, and laws inferred from the sentence

interface LawMatcher {
  /** A law name right after a citation, also "van de AVG" and "(AVG)". */
  after(text: string): { law: string; length: number } | undefined;
  /** A law name right before "art.", also "Burgerlijk Wetboek boek 6" and "(NIS2)". */
  before(text: string): { law: string; book?: string; length: number } | undefined;
  /** Every law named anywhere in the text. */
  named(text: string): Set<string>;
}

function lawMatcher(laws: Law[]): LawMatcher {
  const byAlias = new Map<string, string>();
  for (const law of laws) for (const alias of law.aliases) byAlias.set(normalise(alias), law.name);
  const alternatives = [...byAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
  const name = `(?<![\\p{L}\\d])(${alternatives})(?![\\p{L}\\d])`;
  // "(NIS2) art. 23" and "art. 23 (AVG)": a bracket counts only when it closes around the name.
  const bracketed = `(?:\\(${name}\\)|${name})`;
  const after = new RegExp(`^\\s*(?:,?\\s*van\\s+(?:(?:de|het|onze|uw|deze|die)\\s+)?)?${bracketed}`, 'u');
  const before = new RegExp(`${bracketed}(?:\\s+[Bb]oek\\s+(\\d+))?[\\s,]*$`, 'u');
  const anywhere = new RegExp(name, 'gu');
  return {
    after(text) {
      const m = after.exec(text);
      return m ? { law: byAlias.get(m[1] ?? m[2])!, length: m[0].length } : undefined;
    },
    before(text) {
      const m = before.exec(text);
      return m ? { law: byAlias.get(m[1] ?? m[2])!, book: m[3], length: m[0].length } : undefined;
    },
    named(text) {
      return new Set([...text.matchAll(anywhere)].map((m) => byAlias.get(m[1])!));
    },
  };
}

function notLawPattern(words: string[]): string {
  return `[\\p{L}-]*(?:${words.map((w) => w.toLowerCase()).join('|')})(?:en)?(?![\\p{L}\\d])`;
}

function endsWithNotLaw(before: string, words: string[]): boolean {
  return words.length > 0 && new RegExp(`${notLawPattern(words)}[\\s,]*$`, 'iu').test(before);
}

function startsWithNotLaw(after: string, words: string[]): boolean {
  return (
    words.length > 0 &&
    new RegExp(
      `^\\s*(?:,?\\s*van\\s+(?:(?:de|het|onze|uw|deze|die)\\s+)?)?${notLawPattern(words)}`,
      'iu',
    ).test(after)
  );
}

/** A Dutch law title the vocabulary does not know, right next to the citation ("Opiumwet art. 2"). */
function unknownLawNextTo(before: string, after: string): string | undefined {
  const title = `\\p{Lu}[\\p{L}-]*wet(?:\\s+\\d{4})?`;
  const pre = new RegExp(`(${title})[\\s,]*$`, 'u').exec(before);
  if (pre) return pre[1];
  const post = new RegExp(`^\\s*(?:van\\s+(?:de|het)\\s+)?(${title})(?![\\p{L}\\d])`, 'u').exec(after);
  return post?.[1];
}

/**
 * A citation without a law next to it ("noodverordening (art. 176)") takes the one law its
 * sentence names; failing that, the one law its sentence's terms of art point to; then the same
 * over the whole string. Two candidates, or none, is a problem for the author to fix.
 */
function inferLaw(
  text: string,
  index: number,
  laws: LawMatcher,
  terms: LawTerm[],
): Pick<Citation, 'law' | 'lawFrom' | 'problem' | 'detail'> {
  const [s, e] = sentenceAround(text, index);
  for (const [scope, from] of [
    [text.slice(s, e), 'sentence'],
    [text, 'text'],
  ] as const) {
    for (const found of [laws.named(scope), lawsFromTerms(scope, terms)]) {
      if (found.size === 1) return { law: [...found][0], lawFrom: from };
      if (found.size > 1) return { problem: 'ambiguous-law', detail: [...found].sort().join(', ') };
    }
  }
  return { problem: 'no-law' };
}

function lawsFromTerms(text: string, terms: LawTerm[]): Set<string> {
  const found = new Set<string>();
  for (const { term, law } of terms) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    // A term in capitals (AP) is a whole word, case and all; others match any inflection (noodbevelen).
    const re = /^[\p{Lu}\d]+$/u.test(term)
      ? new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'u')
      : new RegExp(`(?<![\\p{L}\\d])${escaped}`, 'iu');
    if (re.test(text)) found.add(law);
  }
  return found;
}

/** The sentence around `index`: ends at . ! ? before a capital (not after "art." or "nr."), a blank line or a list item. */
export function sentenceAround(text: string, index: number): [number, number] {
  const boundaries = [0];
  for (const m of text.matchAll(/[.!?]\s+(?=[\p{Lu}\d"'(])|\n\s*\n|\n(?=\s*(?:[-•*]|\d+[.)])\s)/gu)) {
    if (m[0][0] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(0, m.index))?.[1].toLowerCase();
      if (word && ABBREVIATIONS.has(word)) continue;
    }
    boundaries.push(m.index + m[0].length);
  }
  boundaries.push(text.length);
  let start = 0;
  let end = text.length;
  for (const b of boundaries) {
    if (b <= index) start = b;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}

// ---------------------------------------------------------------------------------------------
// YAML content and the check

/** Every string value in a YAML file (map keys are ids, not prose), with its path and line. */
export function citationsInYaml(source: string, file: string, vocabulary: Vocabulary): LocatedCitation[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const found: LocatedCitation[] = [];
  const visit = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        visit(pair.value, path ? `${path}.${key}` : key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const id = isMap(item) ? item.get('id') : undefined;
        visit(item, `${path}[${typeof id === 'string' ? id : i}]`);
      });
    } else if (isScalar(node) && typeof node.value === 'string') {
      const range = (node as Node).range ?? [0, 0, 0];
      for (const citation of extractCitations(node.value, vocabulary)) {
        const line = lineCounter.linePos(locateInSource(source, range[0], range[1], citation.text)).line;
        found.push({ ...citation, file, path, line });
      }
    }
  };
  visit(doc.contents, '');
  return found;
}

/** Where a citation sits in the source: folded and quoted scalars wrap it differently from the value. */
function locateInSource(source: string, from: number, to: number, text: string): number {
  const pattern = text
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(source.slice(from, to));
  return m ? from + m.index : from;
}

export interface Problem {
  citation: Citation | LocatedCitation;
  message: string;
}

/** Citations that are not in the register, or whose law cannot be told. */
export function checkCitations(citations: (Citation | LocatedCitation)[], register: Register): Problem[] {
  const known = new Set(register.rows.map((r) => referenceKey(r.law, r.article)));
  const problems: Problem[] = [];
  for (const citation of citations) {
    let message: string | undefined;
    if (citation.problem === 'no-law')
      message = `article ${citation.article} without a law: name the law next to it`;
    else if (citation.problem === 'ambiguous-law')
      message = `article ${citation.article}: the sentence names several laws (${citation.detail}); name the law next to it`;
    else if (citation.problem === 'unknown-law')
      message = `${citation.detail} is not a law in the register's law table`;
    else if (!known.has(referenceKey(citation.law!, citation.article)))
      message = `${referenceKey(citation.law!, citation.article)} is not in the register`;
    if (message) problems.push({ citation, message });
  }
  return problems;
}

export function describeProblem({ citation, message }: Problem): string {
  const where = 'file' in citation ? `${citation.file}:${citation.line} ${citation.path}: ` : '';
  return `${where}"${citation.text}" — ${message}`;
}
