import type { z } from 'zod';
import type { Finding, ScenarioProblem } from './scenario-problem';
import { formatPath } from './finding-collector';
import { shorten, suggest, suggestionBudget, type SuggestionBudget } from './suggest';
import { YAML_LIMITS, type YamlLimits } from './yaml-limits';
import { readYaml } from './yaml-reader';

/** A problem in any YAML document the platform reads as code (scenarios, playbooks). */
export type YamlProblem = ScenarioProblem;

/** What a YAML-as-code format brings to the shared validation. */
export interface YamlFormat<T> {
  /** The zod schema of the document; it also names the fields for "did you mean". */
  schema: z.ZodType<T>;
  /** Checks across the whole schema-valid document (references, duplicates, cycles …). */
  semanticChecks: (document: T) => Finding[];
  /** Reported when the document is not a mapping, e.g. `not-a-scenario`. */
  notAMapping: { code: string; message: string };
}

export interface YamlValidation<T> {
  /** The typed document, present only when there are no errors. */
  value?: T;
  /** The first `limits.findings` errors in source order; `errorCount` says how many there are. */
  errors: YamlProblem[];
  warnings: YamlProblem[];
  errorCount: number;
  warningCount: number;
}

/**
 * YAML text → typed document, or every problem with its line and column. Three layers, each only
 * when the previous one passed: reading the YAML (syntax, duplicate keys, the size limits), the
 * schema, then the format's semantic checks. Linear in the size of the document: the reader
 * indexes each mapping's keys once, and a finding is located by looking its path up in that index.
 */
export function validateYaml<T>(
  source: string,
  format: YamlFormat<T>,
  limits: YamlLimits = YAML_LIMITS,
): YamlValidation<T> {
  const { doc, problems: readProblems, locate } = readYaml(source, limits);
  if (!doc || readProblems.length) return split(readProblems, limits);

  const problems: YamlProblem[] = [];
  const at: At = (severity, code, path, message, key = false) => {
    problems.push({
      severity,
      code,
      path: formatPath(path as (string | number)[]),
      message,
      ...locate(path, { key }),
    });
  };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.aliases });
  } catch (error) {
    return split(
      [
        {
          severity: 'error',
          code: 'yaml-syntax',
          path: '',
          line: 1,
          column: 1,
          message: `The YAML cannot be read: ${sentence(lowerFirst((error as Error).message))}`,
        },
      ],
      limits,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    at('error', format.notAMapping.code, [], format.notAMapping.message);
    return split(problems, limits);
  }

  const parsed = format.schema.safeParse(data);
  if (!parsed.success) {
    // One budget for the document's "did you mean": 20,000 unknown keys cost no more than a few hundred.
    const budget = suggestionBudget();
    for (const issue of parsed.error.issues) schemaProblem(issue, data, format.schema, at, budget);
    return split(problems, limits);
  }
  for (const finding of format.semanticChecks(parsed.data)) {
    at(finding.severity, finding.code, finding.path, finding.message);
  }
  const result = split(problems, limits);
  return result.errorCount ? result : { ...result, value: parsed.data };
}

type At = (
  severity: YamlProblem['severity'],
  code: string,
  path: readonly PropertyKey[],
  message: string,
  key?: boolean,
) => void;

/**
 * One schema issue as a whole sentence: 'Field "offset" of inject "i-start" must be …'. The schema
 * writes its own messages as predicates ("must …", lower-case); zod's built-in ones (capitalised,
 * "Invalid input: expected boolean …") are rephrased here. Both read after the field as subject.
 */
function schemaProblem(
  issue: z.core.$ZodIssue,
  data: unknown,
  root: z.ZodType,
  at: At,
  budget: SuggestionBudget,
  prefix: readonly PropertyKey[] = [],
): void {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    // Report inside the one form the value was evidently meant as ({clock, status} with a bad status).
    const meant = issue.errors.filter(
      (branch) => !branch.some((sub) => sub.path.length === 0 && FORM_MISMATCH.has(sub.code)),
    );
    if (meant.length === 1) {
      for (const sub of meant[0]) schemaProblem(sub, data, root, at, budget, path);
      return;
    }
  }
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(root, path);
    for (const key of issue.keys) {
      at(
        'error',
        'unknown-field',
        [...path, key],
        `Unknown field "${shorten(key)}"${inWhat(data, [...path, key])}.${suggest(key, known, budget)} Remove it or check its spelling${known.length ? `; allowed here: ${known.join(', ')}` : ''}.`,
        true,
      );
    }
    return;
  }
  const value = valueAt(data, path);
  const rule = predicate(issue, value);
  if (path.length && value === undefined) {
    const field = String(path.at(-1));
    at(
      'error',
      'missing-field',
      path,
      `Missing required field "${field}"${inWhat(data, path)}: add it here.${rule.startsWith('must') ? ` It ${rule}.` : ''}`,
    );
    return;
  }
  const message = rule.startsWith('must')
    ? `${subject(data, path)} ${rule}.`
    : `${subject(data, path)} is not valid: ${rule}.`;
  at(
    'error',
    issue.code === 'invalid_type' ? 'wrong-type' : 'invalid-value',
    path,
    message.replace(/\.\.$/, '.'),
  );
}

/** Issues by which a union branch shows the value was not meant as that form at all. */
const FORM_MISMATCH = new Set(['invalid_type', 'invalid_value', 'unrecognized_keys']);

const TYPE_NOUNS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a mapping',
};

/** What the value must be, as a predicate after the field: "must be true or false, not …". */
function predicate(issue: z.core.$ZodIssue, value: unknown): string {
  if (/^[a-z]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NOUNS[issue.expected] ?? issue.expected;
      if (value === undefined) return `must be ${expected}`;
      const quote =
        issue.expected === 'string' && ['number', 'boolean'].includes(typeof value)
          ? `; put it in quotes to make it a string`
          : '';
      return `must be ${expected}, not ${describeValue(value)}${quote}`;
    }
    case 'invalid_value':
      return `must be ${orList(issue.values.map((v) => JSON.stringify(v)))}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? 'at least' : 'at most';
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') return `must list ${bound} ${limit} ${limit === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string')
        return issue.code === 'too_small' && limit === 1
          ? 'must not be empty'
          : `must be ${bound} ${limit} characters long`;
      return `must be ${bound} ${limit}`;
    }
    default:
      return lowerFirst(issue.message);
  }
}

/** The field as the subject of a sentence: 'Field "when.status" of trigger "t-klok"', 'Role id "X"'. */
function subject(data: unknown, path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  const list = path.at(-3);
  if (last === 'id' && typeof path.at(-2) === 'number' && typeof list === 'string') {
    const id = valueAt(data, path);
    return `${upperFirst(singular(list))} id${typeof id === 'string' ? ` ${JSON.stringify(shorten(id))}` : ''}`;
  }
  const owner = ownerOf(data, path, path.length - 1);
  const from = owner?.depth ?? 0;
  const of = owner ? ` of ${owner.label}` : '';
  return typeof last === 'number'
    ? `Entry ${last + 1} of "${formatPath(path.slice(from, -1) as (string | number)[])}"${of}`
    : `Field "${formatPath(path.slice(from) as (string | number)[])}"${of}`;
}

/** Where a field belongs, for "missing" and "unknown": ' in role "ciso"', ' in "when" of trigger "t-a"'. */
function inWhat(data: unknown, path: readonly PropertyKey[]): string {
  const container = path.length - 1;
  if (container === 0) return '';
  const owner = ownerOf(data, path, container);
  if (!owner) return ` in ${formatPath(path.slice(0, container) as (string | number)[])}`;
  if (owner.depth === container) return ` in ${owner.label}`;
  return ` in "${formatPath(path.slice(owner.depth, container) as (string | number)[])}" of ${owner.label}`;
}

/**
 * The innermost list item at or above `path.slice(0, upTo)` that has an id, named the way people
 * say it: `{label: 'decision point "dp-keuze"', depth}` for `decisionPoints[0]`.
 */
function ownerOf(
  data: unknown,
  path: readonly PropertyKey[],
  upTo: number,
): { label: string; depth: number } | undefined {
  for (let depth = upTo; depth >= 2; depth--) {
    const [list, index] = [path[depth - 2], path[depth - 1]];
    if (typeof list !== 'string' || typeof index !== 'number') continue;
    const item = valueAt(data, path.slice(0, depth));
    const id = item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
    if (typeof id === 'string' && id)
      return { label: `${singular(list)} ${JSON.stringify(shorten(id))}`, depth };
  }
  return undefined;
}

/** `decisionPoints` → "decision point", `injects` → "inject". */
function singular(list: string): string {
  return list
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/s$/, '');
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(shorten(value))}`;
  if (typeof value === 'number') return `the number ${value}`;
  // YAML yields no other scalars.
  return typeof value === 'boolean' ? String(value) : typeof value;
}

function orList(items: string[]): string {
  if (items.length <= 2) return items.join(' or ');
  return `one of ${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** The field names the schema allows where an unknown key was found, for the suggestion. */
function knownKeys(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  let def = unwrap(root);
  for (const segment of path) {
    const next =
      def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : undefined;
    if (!next) return [];
    def = unwrap(next);
  }
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}

function unwrap(schema: z.ZodType): SchemaDef {
  let def = schema.def as SchemaDef;
  while (def.innerType) def = def.innerType.def;
  return def;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A library's message as the end of a sentence: with its full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Errors and warnings in source order, each list cut to the first `limits.findings`. */
function split(problems: YamlProblem[], limits: YamlLimits): Omit<YamlValidation<never>, 'value'> {
  const order = (a: YamlProblem, b: YamlProblem): number => a.line - b.line || a.column - b.column;
  const errors = problems.filter((p) => p.severity === 'error').sort(order);
  const warnings = problems.filter((p) => p.severity === 'warning').sort(order);
  return {
    errors: errors.slice(0, limits.findings),
    warnings: warnings.slice(0, limits.findings),
    errorCount: errors.length,
    warningCount: warnings.length,
  };
}
