import forms from './report-forms.json';

/**
 * The report forms of every regime and stage, generated from the zod schemas the server checks a
 * `report.submit` with (libs/clocks/src/reports; apps/web/scripts/report-forms.ts writes the JSON,
 * test/unit/web-report-forms.spec.ts fails when it is stale). The same shape as the generator's.
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
  open: boolean;
  fields: ReportFormField[];
  requiredWhenLate: string[];
}

const FORMS = forms as unknown as Record<string, Record<string, ReportForm> | undefined>;

/** The form of a regime's stage; undefined for one this console does not know (a newer server). */
export function reportForm(regime: string, stage: string): ReportForm | undefined {
  return FORMS[regime]?.[stage];
}
