/**
 * Where in a scenario's YAML a position is, as a path of keys and list indexes
 * (`['injects', 3, 'audience']`), read from the lines' indentation. The editor asks this as the
 * author types, so the text is often half-written and no parser's tree is whole: indentation is
 * what stays readable. It covers block mappings and lists (the scenario format's whole shape),
 * compact lists (`- ` under a key at the same column) and block scalars (`|`, `>`), whose lines
 * are text, not keys. Flow collections (`[a, b]`) are read as values.
 */
export type PathSegment = string | number;

interface Frame {
  column: number;
  kind: 'key' | 'item';
  segment: PathSegment;
}

/** A key as it stands in the text: on which line, at which column, under which path. */
export interface KeyEntry {
  line: number;
  column: number;
  key: string;
  parent: PathSegment[];
  /** What follows the colon on the same line, trimmed, comment left out; '' when nothing. */
  value: string;
}

/** The lines of a document, read once: the keys in order, for siblings and declared ids. */
export interface YamlOutline {
  entries: KeyEntry[];
}

const LINE = /^( *)((?:-(?: +|$))*)(.*)$/;
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:,[\]{}"'|>][^:#]*?)\s*:(?:\s+|$)(.*)$/;

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key.trimEnd();
}

function withoutComment(value: string): string {
  if (value.startsWith('#')) return '';
  const hash = value.search(/\s#/);
  return (hash < 0 ? value : value.slice(0, hash)).trim();
}

/** The reader's state between lines: the open keys and list items, and a block scalar's column. */
class Scanner {
  frames: Frame[] = [];
  /** Lines indented deeper than this are a block scalar's text; -1 when none is open. */
  blockColumn = -1;
  readonly entries: KeyEntry[] = [];

  path(): PathSegment[] {
    return this.frames.map((f) => f.segment);
  }

  /** A `- ` at this column: a list item, the next after a sibling at the same column. */
  item(column: number): void {
    let index = 0;
    while (this.frames.length) {
      const top = this.frames[this.frames.length - 1];
      if (top.column > column || (top.column === column && top.kind === 'item')) {
        this.frames.pop();
        if (top.column === column && top.kind === 'item') index = (top.segment as number) + 1;
      } else break;
    }
    this.frames.push({ column, kind: 'item', segment: index });
  }

  /** Closes what a key (or the cursor) at this column is not inside of. */
  closeTo(column: number): void {
    while (this.frames.length && this.frames[this.frames.length - 1].column >= column) this.frames.pop();
  }

  /** One whole line. Returns the key it holds, if any, with its column. */
  line(text: string, number: number): { key: string; column: number; end: number } | null {
    const indent = text.length - text.trimStart().length;
    if (this.blockColumn >= 0) {
      if (!text.trim() || indent > this.blockColumn) return null;
      this.blockColumn = -1;
    }
    const match = LINE.exec(text)!;
    const rest = match[3];
    if (!match[2] && (!rest.trim() || rest.trimStart().startsWith('#'))) return null;
    if (match[1].length === 0 && /^(---|\.\.\.)(\s|$)/.test(rest)) {
      this.frames = [];
      return null;
    }
    let column = match[1].length;
    for (const dash of match[2].match(/-(?: +|$)/g) ?? []) {
      this.item(column);
      column += dash.length;
    }
    const key = KEY.exec(rest);
    if (!key) {
      if (/^[|>][-+0-9]*\s*(#.*)?$/.test(rest)) this.blockColumn = column - 1;
      return null;
    }
    this.closeTo(column);
    const name = unquote(key[1]);
    const value = withoutComment(key[2]);
    this.entries.push({ line: number, column, key: name, parent: this.path(), value });
    this.frames.push({ column, kind: 'key', segment: name });
    if (/^[|>][-+0-9]*$/.test(value)) this.blockColumn = column;
    return { key: name, column, end: column + key[1].length };
  }
}

export function outline(lines: readonly string[]): YamlOutline {
  const scanner = new Scanner();
  lines.forEach((text, number) => scanner.line(text, number));
  return { entries: scanner.entries };
}

function scanTo(lines: readonly string[], line: number): Scanner {
  const scanner = new Scanner();
  for (let number = 0; number < line; number++) scanner.line(lines[number], number);
  return scanner;
}

/**
 * What the cursor is typing:
 * - `entry`: something that belongs to the mapping or list item at `path` — a key when that is a
 *   mapping, a value when it is a scalar (a list of role ids: `- burg|`);
 * - `value`: the value of the key `path` ends with (`organisation: gem|`);
 * - `none`: a comment, a block scalar's text, a quoted value, anything else.
 * `typed` is the word before the cursor (the part completion replaces, from column `from`);
 * `column` is where a key at the cursor starts, for the indentation of what is inserted.
 */
export type CursorContext =
  | { kind: 'entry'; path: PathSegment[]; typed: string; from: number; column: number }
  | { kind: 'value'; path: PathSegment[]; typed: string; from: number; column: number }
  | { kind: 'none' };

const ENTRY_PREFIX = /^( *)((?:- +)*)([A-Za-z0-9_$-]*)$/;
const VALUE_PREFIX =
  /^( *)((?:- +)*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[A-Za-z0-9_$-][^:#]*?)\s*:\s+([^\s#,[\]{}"':]*)$/;

/** The context at a 0-based line and column (in characters) of the document's lines. */
export function cursorContext(lines: readonly string[], line: number, column: number): CursorContext {
  const scanner = scanTo(lines, line);
  const prefix = lines[line].slice(0, column);
  const indent = prefix.length - prefix.trimStart().length;
  // A block scalar's text goes on as long as the lines are indented deeper than its key.
  if (scanner.blockColumn >= 0 && indent > scanner.blockColumn) return { kind: 'none' };
  const entry = ENTRY_PREFIX.exec(prefix);
  const value = entry ? null : VALUE_PREFIX.exec(prefix);
  const match = entry ?? value;
  if (!match) return { kind: 'none' };
  let at = match[1].length;
  for (const dash of match[2].match(/- +/g) ?? []) {
    scanner.item(at);
    at += dash.length;
  }
  // Inside whatever is open to the left of this column.
  scanner.closeTo(at);
  if (entry)
    return {
      kind: 'entry',
      path: scanner.path(),
      typed: match[3],
      from: column - match[3].length,
      column: at,
    };
  const typed = match[4];
  return {
    kind: 'value',
    path: [...scanner.path(), unquote(match[3])],
    typed,
    from: column - typed.length,
    column: at,
  };
}

/**
 * The path of what a position is on, for hover and the field help: the key it is on or after
 * (that key's value), or, on a line without a key, the mapping or list item the line belongs to.
 * `from`/`to` are the key's columns when `onKey`.
 */
export function pathAt(
  lines: readonly string[],
  line: number,
  column: number,
): { path: PathSegment[]; from: number; to: number; onKey: boolean } {
  const scanner = scanTo(lines, line);
  const text = lines[line];
  const indent = text.length - text.trimStart().length;
  if (scanner.blockColumn >= 0 && (indent > scanner.blockColumn || !text.trim()))
    return { path: scanner.path(), from: column, to: column, onKey: false };
  const key = scanner.line(text, line);
  if (key) {
    if (column >= key.column)
      return { path: scanner.path(), from: key.column, to: key.end, onKey: column <= key.end };
    return { path: scanner.path().slice(0, -1), from: column, to: column, onKey: false };
  }
  if (!text.trim()) scanner.closeTo(column);
  return { path: scanner.path(), from: column, to: column, onKey: false };
}

/** A path as the server writes it in a finding: `injects[3].audience[0]`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment,
    '',
  );
}
