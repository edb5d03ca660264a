import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { Scenario } from '../schema/scenario.schema';
import type { ScenarioProblem } from './scenario-problem';
import { formatPath, semanticChecks } from './semantic-checks';
import { suggest } from './suggest';
import { locate } from './yaml-locator';

export interface ScenarioValidation {
  /** The typed scenario, present only when there are no errors. */
  scenario?: Scenario;
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
}

const MAX_ALIASES = 100;

/**
 * YAML text → typed scenario, or every problem with its line and column. Three layers, each only
 * when the previous one passed: YAML syntax, the schema, then the semantic checks.
 */
export function validateScenarioYaml(source: string): ScenarioValidation {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ScenarioProblem[] = [];
  const at = (
    severity: ScenarioProblem['severity'],
    code: string,
    path: readonly PropertyKey[],
    message: string,
    key = false,
  ): void => {
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
    at(
      'error',
      'not-a-scenario',
      [],
      'A scenario file must be a YAML mapping with id, title, roles, injects …; see scenarios/schema.json.',
    );
    return split(problems);
  }

  const parsed = Scenario.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) schemaProblem(issue, data, at);
    return split(problems);
  }
  for (const finding of semanticChecks(parsed.data)) {
    at(finding.severity, finding.code, finding.path, finding.message);
  }
  const result = split(problems);
  return result.errors.length ? result : { ...result, scenario: parsed.data };
}

type At = (
  severity: ScenarioProblem['severity'],
  code: string,
  path: readonly PropertyKey[],
  message: string,
  key?: boolean,
) => void;

function schemaProblem(issue: z.core.$ZodIssue, data: unknown, at: At): void {
  const field = String(issue.path.at(-1) ?? 'value');
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(issue);
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
function knownKeys(issue: z.core.$ZodIssueUnrecognizedKeys): string[] {
  let def = unwrap(Scenario);
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

function split(problems: ScenarioProblem[]): ScenarioValidation {
  const order = (a: ScenarioProblem, b: ScenarioProblem): number => a.line - b.line || a.column - b.column;
  return {
    errors: problems.filter((p) => p.severity === 'error').sort(order),
    warnings: problems.filter((p) => p.severity === 'warning').sort(order),
  };
}
