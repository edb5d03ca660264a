import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Finding, ScenarioProblem } from './scenario-problem';
import { formatPath } from './finding-collector';
import { suggest } from './suggest';
import { locate } from './yaml-locator';

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
  errors: YamlProblem[];
  warnings: YamlProblem[];
}

const MAX_ALIASES = 100;

/**
 * YAML text → typed document, or every problem with its line and column. Three layers, each only
 * when the previous one passed: YAML syntax, the schema, then the format's semantic checks.
 */
export function validateYaml<T>(source: string, format: YamlFormat<T>): YamlValidation<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: YamlProblem[] = [];
  const at: At = (severity, code, path, message, key = false) => {
    problems.push({
      severity,
      code,
      path: formatPath(path as (string | number)[]),
      message,
      ...locate(doc, lineCounter, path, { key }),
    });
  };

  if (doc.errors.length) {
    return {
      errors: doc.errors.map((e) => ({
        severity: 'error',
        code: 'yaml-syntax',
        path: '',
        ...lineColumn(lineCounter, e.pos[0]),
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
      warnings: [],
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return {
      errors: [
        {
          severity: 'error',
          code: 'yaml-syntax',
          path: '',
          line: 1,
          column: 1,
          message: `YAML: ${(error as Error).message}`,
        },
      ],
      warnings: [],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    at('error', format.notAMapping.code, [], format.notAMapping.message);
    return split(problems);
  }

  const parsed = format.schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) schemaProblem(issue, data, format.schema, at);
    return split(problems);
  }
  for (const finding of format.semanticChecks(parsed.data)) {
    at(finding.severity, finding.code, finding.path, finding.message);
  }
  const result = split(problems);
  return result.errors.length ? result : { ...result, value: parsed.data };
}

type At = (
  severity: YamlProblem['severity'],
  code: string,
  path: readonly PropertyKey[],
  message: string,
  key?: boolean,
) => void;

function schemaProblem(issue: z.core.$ZodIssue, data: unknown, root: z.ZodType, at: At): void {
  const field = String(issue.path.at(-1) ?? 'value');
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(root, issue);
    for (const key of issue.keys) {
      at(
        'error',
        'unknown-field',
        [...issue.path, key],
        `Unknown field "${key}".${suggest(key, known)} Remove it or check its spelling${known.length ? `; allowed here: ${known.join(', ')}` : ''}.`,
        true,
      );
    }
    return;
  }
  if (issue.path.length && valueAt(data, issue.path) === undefined) {
    at(
      'error',
      'missing-field',
      issue.path,
      `Missing required field "${field}": it ${lowerFirst(issue.message).replace(/^invalid input: /, '')}. Add it here.`,
    );
    return;
  }
  if (issue.code === 'invalid_union') {
    at(
      'error',
      'invalid-value',
      issue.path,
      `"${field}" ${issue.message.replace(/^Invalid input$/, 'has an unexpected form')}.`,
    );
    return;
  }
  at(
    'error',
    issue.code === 'invalid_type' ? 'wrong-type' : 'invalid-value',
    issue.path,
    `"${field}" ${lowerFirst(issue.message)}.`.replace(/\.\.$/, '.'),
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** The field names the schema allows where an unknown key was found, for the suggestion. */
function knownKeys(root: z.ZodType, issue: z.core.$ZodIssueUnrecognizedKeys): string[] {
  let def = unwrap(root);
  for (const segment of issue.path) {
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

function lineColumn(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function split(problems: YamlProblem[]): { errors: YamlProblem[]; warnings: YamlProblem[] } {
  const order = (a: YamlProblem, b: YamlProblem): number => a.line - b.line || a.column - b.column;
  return {
    errors: problems.filter((p) => p.severity === 'error').sort(order),
    warnings: problems.filter((p) => p.severity === 'warning').sort(order),
  };
}
