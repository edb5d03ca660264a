import {
  CST,
  Composer,
  Lexer,
  LineCounter,
  Parser,
  YAMLParseError,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { ScenarioProblem } from './scenario-problem';
import { YAML_LIMITS, type YamlLimits } from './yaml-limits';

export interface YamlRead {
  /** The composed document; absent when a limit stopped the reading before that. */
  doc?: Document.Parsed;
  /**
   * What reading found, each with its line and column: syntax errors and duplicate keys (code
   * `yaml-syntax`, as the `yaml` package words them), a limit passed, text that cannot be stored.
   */
  problems: ScenarioProblem[];
  /**
   * Where a field path points in the source. A path that does not exist (a missing field) points
   * at the closest existing parent, which is where the field has to be added. With `key`, it
   * points at the key of the last segment (for "unknown field").
   */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): { line: number; column: number };
}

/**
 * YAML text → document, in time and memory proportional to the text, whatever its shape.
 *
 * - The parser is fed one token at a time and stopped as soon as the document has more tokens,
 *   nodes, aliases or nesting than `limits` allow: the `yaml` package's composer recurses per level of
 *   nesting (10,000 levels of `[` exhaust the stack, and at that depth V8 can even abort the
 *   process while compiling a regular expression), and a 1 MB document of one-character keys, or
 *   of nothing but `-` or line breaks, takes it seconds.
 * - Its own duplicate-key check (`uniqueKeys`) compares every key with all keys before it in the
 *   same mapping; it is off, and one pass over the composed document does the same check with a
 *   Map per mapping, which then serves `locate` as the index of that mapping's keys. The same pass
 *   counts nodes with aliases expanded (an alias is cheap to write and as big as what it names)
 *   and finds text that PostgreSQL cannot store (NUL, half a surrogate pair from a `\ud800` escape).
 */
export function readYaml(source: string, limits: YamlLimits = YAML_LIMITS): YamlRead {
  const lineCounter = new LineCounter();
  const problems: ScenarioProblem[] = [];
  const problem = (code: string, offset: number, message: string): void => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ severity: 'error', code, path: '', line, column: col, message });
  };
  const document = withoutStackTraces(() => {
    const tokens = parseGuarded(source, limits, lineCounter, problem);
    return tokens && compose(tokens, source);
  });
  if (!document) return { problems, locate: () => ({ line: 1, column: 1 }) };

  for (const error of document.errors)
    problem('yaml-syntax', error.pos[0], `YAML syntax: ${sentence(error.message.split('\n')[0])}`);
  const keyIndex = indexDocument(document, limits, problem);

  const keysOf = (map: YAMLMap): Map<unknown, Pair> => {
    let keys = keyIndex.get(map);
    if (!keys) {
      // Only where the pass stopped at a limit; then the document is refused anyway.
      keys = new Map();
      for (const pair of map.items)
        if (isScalar(pair.key) && !keys.has(pair.key.value)) keys.set(pair.key.value, pair);
      keyIndex.set(map, keys);
    }
    return keys;
  };
  const locate: YamlRead['locate'] = (path, options = {}) => {
    let node: unknown = document.contents;
    let position = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      let next: unknown;
      let keyNode: unknown;
      if (isMap(node)) {
        const pair = keysOf(node).get(segment);
        keyNode = pair?.key;
        next = pair ? (pair.value ?? pair.key) : undefined;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined || next === null) break;
      const last = i === path.length - 1;
      node = next;
      position = rangeStart(last && options.key && keyNode ? keyNode : node) ?? position;
    }
    const { line, col } = lineCounter.linePos(position);
    return { line, column: col };
  };
  return { doc: document, problems, locate };
}

type Report = (code: string, offset: number, message: string) => void;

/**
 * A syntax error is an Error, and capturing its stack costs more than the parsing: a document of
 * nothing but stray `]` makes one per token. Nobody reads those stacks; the thread is ours alone
 * while this runs (synchronous code), so the global setting is back before anything else runs.
 */
function withoutStackTraces<T>(read: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return read();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function compose(tokens: CST.Token[], source: string): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer({ uniqueKeys: false }).compose(tokens, true, source.length)) {
    if (doc) {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains more than one document; a file holds one, so remove the "---" that starts the second',
        ),
      );
      break;
    }
    doc = next;
  }
  // compose(…, true) always ends with a document, if only an empty one.
  return doc!;
}

/**
 * The CST tokens of the source, or undefined when it has more nodes, aliases or nesting than the
 * limits allow. Counted from the lexer's tokens, before anything is built from them: a scalar, a
 * flow collection or an alias is a node (block collections and empty values are not counted
 * here, so this count never exceeds the composed document's); the parser's stack holds at most
 * two entries more than the document nests (the document and a scalar being read).
 */
function parseGuarded(
  source: string,
  limits: YamlLimits,
  lineCounter: LineCounter,
  problem: Report,
): CST.Token[] | undefined {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0); // what Parser.parse does first
  const tokens: CST.Token[] = [];
  let nodes = 0;
  let aliases = 0;
  let lexemes = 0;
  let scalarFollows = false;
  for (const lexeme of new Lexer().lex(source)) {
    // A scalar is one token (its marker and its text); spaces are none, they cost the parser little.
    if (lexeme !== CST.SCALAR && lexeme[0] !== ' ') lexemes++;
    if (scalarFollows) scalarFollows = false;
    else if (lexeme === CST.SCALAR) {
      scalarFollows = true;
      nodes++;
    } else if (lexeme === '[' || lexeme === '{') nodes++;
    else if (lexeme[0] === '*') {
      nodes++;
      aliases++;
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (lexemes > limits.tokens) {
      problem('too-many-tokens', parser.offset, tooManyTokens(limits));
      return undefined;
    }
    if (nodes > limits.nodes) {
      problem('too-many-nodes', parser.offset, tooManyNodes(limits));
      return undefined;
    }
    if (aliases > limits.aliases) {
      problem('too-many-aliases', parser.offset, tooManyAliases(limits));
      return undefined;
    }
    if (parser.stack.length > limits.depth + 2) {
      problem('too-deep', parser.offset, tooDeep(limits));
      return undefined;
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

/**
 * One pass over the composed document: duplicate keys, the limits on the composed nodes, aliases
 * expanded and text that cannot be stored. Returns each mapping's keys (first occurrence) for
 * `locate`. Recursion is safe: parseGuarded has bounded the nesting.
 */
function indexDocument(
  doc: Document.Parsed,
  limits: YamlLimits,
  problem: Report,
): WeakMap<YAMLMap, Map<unknown, Pair>> {
  const index = new WeakMap<YAMLMap, Map<unknown, Pair>>();
  /** The node an alias names: the last anchor of that name before it; size unknown while inside. */
  const anchors = new Map<string, { size?: number }>();
  let nodes = 0;
  let expanded = 0;
  let stopped = false;
  const stop = (code: string, node: Node, message: string): number => {
    stopped = true;
    problem(code, node.range?.[0] ?? 0, message);
    return 0;
  };

  /** Walks one node and returns its size with aliases expanded. */
  const walk = (node: Node | null | undefined, depth: number): number => {
    if (stopped || !node) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      // An alias without an anchor is the composer's error (and toJS refuses it); count it as one.
      if (target && target.size === undefined)
        return stop(
          'recursive-alias',
          node,
          `The alias *${node.source} stands inside the node &${node.source} it names, which makes it infinitely large; repeat the content instead.`,
        );
      const size = target?.size ?? 1;
      nodes++;
      expanded += size;
      if (expanded > limits.nodes)
        return stop('aliases-too-large', node, aliasesTooLarge(limits, node.source));
      return size;
    }
    if (++nodes > limits.nodes) return stop('too-many-nodes', node, tooManyNodes(limits));
    expanded++;
    const anchor = node.anchor ? { size: undefined as number | undefined } : undefined;
    if (anchor) anchors.set(node.anchor!, anchor);
    let size = 1;
    if (isScalar(node)) {
      if (typeof node.value === 'string') checkText(node.value, node, problem);
    } else if (isMap(node) || isSeq(node)) {
      if (depth + 1 > limits.depth) return stop('too-deep', node, tooDeep(limits));
      if (isMap(node)) {
        const keys = new Map<unknown, Pair>();
        index.set(node, keys);
        for (const pair of node.items) {
          const key = pair.key as Node | null;
          if (isScalar(key) && !Number.isNaN(key.value)) {
            // The yaml package's own rule (uniqueKeys): scalar keys with the same value.
            if (keys.has(key.value))
              problem('yaml-syntax', key.range?.[0] ?? 0, 'YAML syntax: Map keys must be unique.');
            else keys.set(key.value, pair);
          }
          size += walk(key, depth + 1) + walk(pair.value as Node | null, depth + 1);
        }
      } else {
        for (const item of node.items) size += walk(item as Node | null, depth + 1);
      }
    }
    if (anchor) anchor.size = size;
    return size;
  };
  walk(doc.contents, 0);
  return index;
}

/** Half of a surrogate pair without the other half: not a character, and PostgreSQL refuses it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkText(text: string, node: Node, problem: Report): void {
  const at = node.range?.[0] ?? 0;
  if (text.includes('\0'))
    problem(
      'invalid-text',
      at,
      'This text contains a NUL character (written \\0 or \\x00), which cannot be stored; remove it.',
    );
  else if (LONE_SURROGATE.test(text))
    problem(
      'invalid-text',
      at,
      'This text contains half of a UTF-16 surrogate pair (an escape such as \\ud800 without its partner), which is not a character; write the character itself.',
    );
}

const tooManyNodes = (limits: YamlLimits) =>
  `The document has more than ${limits.nodes.toLocaleString('en')} nodes (keys, values and list entries), the most a file may have; nothing after this point was read. Split it up or remove what it does not need.`;
const tooManyTokens = (limits: YamlLimits) =>
  `The document has more than ${limits.tokens.toLocaleString('en')} YAML tokens (values, indicators such as ":" and "-", line breaks, comments), the most a file may have; nothing after this point was read. A scenario of 1 MB has about 60,000.`;
const tooManyAliases = (limits: YamlLimits) =>
  `The document has more than ${limits.aliases} aliases (*name), the most a file may have; repeat the content instead.`;
const aliasesTooLarge = (limits: YamlLimits, name: string) =>
  `With its aliases expanded (*${name} here) the document has more than ${limits.nodes.toLocaleString('en')} nodes, the most a file may have; alias smaller parts, or fewer.`;
const tooDeep = (limits: YamlLimits) =>
  `The document nests mappings and lists more than ${limits.depth} levels deep here, the most a file may; a scenario needs far fewer.`;

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}

/** A library's message as the end of a sentence: with its full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
