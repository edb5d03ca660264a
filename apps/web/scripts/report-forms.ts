import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLOCK_STAGES, clockDefinition, type ClockRegime } from '@driehoek/clocks';
import { z } from 'zod';

const ROOT = join(__dirname, '../../..');
export const REPORT_FORMS_FILE = join(ROOT, 'apps/web/src/player/report-forms.json');

/**
 * One field of a report form, read from the stage's zod schema in libs/clocks (the schema the
 * server checks a `report.submit` with). The console builds its forms from this, so a form asks for
 * exactly what the server requires. Kept in step with apps/web/src/player/report-forms.ts.
 */
export type ReportFormField =
  | { name: string; kind: 'yes-no'; required: boolean }
  | { name: string; kind: 'confirm'; required: boolean }
  | { name: string; kind: 'text'; required: boolean }
  | { name: string; kind: 'choice'; required: boolean; options: string[] }
  | { name: string; kind: 'count'; required: boolean }
  | { name: string; kind: 'list'; required: boolean; atLeastOne: boolean }
  | { name: string; kind: 'section'; required: boolean; fields: ReportFormField[] };

export interface ReportForm {
  /** A custom clock's report: the scenario says nothing about its contents. */
  open: boolean;
  fields: ReportFormField[];
  /** Fields required only when the report is late (GDPR art. 33(1): reasons for the delay). */
  requiredWhenLate: string[];
}

interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: string[];
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: unknown;
}

function field(name: string, schema: JsonSchema, required: boolean): ReportFormField {
  if (schema.type === 'boolean')
    return { name, kind: schema.const === true ? 'confirm' : 'yes-no', required };
  if (schema.type === 'string' && schema.enum)
    return { name, kind: 'choice', required, options: schema.enum };
  if (schema.type === 'string') return { name, kind: 'text', required };
  if (schema.type === 'integer') return { name, kind: 'count', required };
  if (schema.type === 'array' && schema.items?.type === 'string')
    return { name, kind: 'list', required, atLeastOne: (schema.minItems ?? 0) > 0 };
  if (schema.type === 'object' && schema.properties)
    return { name, kind: 'section', required, fields: fields(schema) };
  throw new Error(`report field "${name}": no form input for ${JSON.stringify(schema)}`);
}

function fields(schema: JsonSchema): ReportFormField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    field(name, property, required.has(name)),
  );
}

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

function form(regime: ClockRegime, stageId: string): ReportForm {
  const stage = clockDefinition(regime).stages.find((s) => s.id === stageId)!;
  const onTime = jsonSchema(stage.report);
  const open = !onTime.properties || Object.keys(onTime.properties).length === 0;
  let requiredWhenLate: string[] = [];
  if (stage.reportWhenLate) {
    const late = jsonSchema(stage.reportWhenLate);
    if (
      JSON.stringify(Object.keys(late.properties ?? {})) !==
      JSON.stringify(Object.keys(onTime.properties ?? {}))
    )
      throw new Error(`${regime} ${stageId}: a late report has other fields, which the form cannot show`);
    requiredWhenLate = (late.required ?? []).filter((name) => !(onTime.required ?? []).includes(name));
  }
  return { open, fields: fields(onTime), requiredWhenLate };
}

/** Every regime's report forms, by regime and stage, as JSON formatted by Prettier. */
export function generateReportForms(): string {
  const forms = Object.fromEntries(
    (Object.keys(CLOCK_STAGES) as ClockRegime[]).map((regime) => [
      regime,
      Object.fromEntries(clockDefinition(regime).stages.map((stage) => [stage.id, form(regime, stage.id)])),
    ]),
  );
  return execFileSync(join(ROOT, 'node_modules/.bin/prettier'), ['--stdin-filepath', REPORT_FORMS_FILE], {
    input: JSON.stringify(forms),
    encoding: 'utf8',
  });
}

if (require.main === module) {
  writeFileSync(REPORT_FORMS_FILE, generateReportForms());
  console.log(`wrote ${REPORT_FORMS_FILE}`);
}
