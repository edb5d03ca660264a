/**
 * The improvement plan as CSV, in HSEEP's improvement-plan columns plus where each lesson came
 * from, for the spreadsheet the municipality's quality officer keeps. Pure.
 */
import { toCsv } from '@driehoek/core';
import type { ImprovementActionView } from './improvement-action';

export type CsvLanguage = 'nl' | 'en';

const COLUMNS: Record<CsvLanguage, readonly string[]> = {
  nl: [
    'Doelstelling',
    'Verbeterpunt',
    'Verbeteractie',
    'Capaciteitselement',
    'Verantwoordelijke organisatie',
    'Contactrol',
    'Start',
    'Gereed',
    'Status',
    'Reden (vervallen)',
    'Bron',
    'Opnieuw beproefd in',
    'Id',
  ],
  en: [
    'Objective',
    'Area for improvement',
    'Corrective action',
    'Capability element',
    'Responsible organisation',
    'Contact role',
    'Start date',
    'Completion date',
    'Status',
    'Reason (dropped)',
    'Source',
    'Re-tested in',
    'Id',
  ],
};

const LABELS: Record<CsvLanguage, Record<string, string>> = {
  nl: {
    planning: 'planning',
    organisation: 'organisatie',
    equipment: 'middelen',
    training: 'opleiding',
    exercise: 'oefening',
    open: 'open',
    'in-progress': 'in uitvoering',
    done: 'gereed',
    dropped: 'vervallen',
    exerciseSource: 'oefening',
    incidentSource: 'incident',
  },
  en: {
    planning: 'planning',
    organisation: 'organisation',
    equipment: 'equipment',
    training: 'training',
    exercise: 'exercise',
    open: 'open',
    'in-progress': 'in progress',
    done: 'done',
    dropped: 'dropped',
    exerciseSource: 'exercise',
    incidentSource: 'incident',
  },
};

export function improvementPlanCsv(actions: readonly ImprovementActionView[], lang: CsvLanguage): string {
  const label = LABELS[lang];
  const rows = actions.map((a) => [
    a.objective?.title ?? '',
    a.areaForImprovement,
    a.correctiveAction,
    label[a.capabilityElement],
    a.responsibleOrganisation,
    a.contactRole,
    a.startDate,
    a.dueDate,
    label[a.status],
    a.reason,
    a.source.kind === 'exercise'
      ? `${label.exerciseSource} ${a.source.exerciseId}`
      : `${label.incidentSource} ${a.source.incidentId}`,
    a.retestedIn.map((r) => `${r.exerciseId}#${r.objectiveId}`).join('; '),
    a.id,
  ]);
  return toCsv(COLUMNS[lang], rows);
}
