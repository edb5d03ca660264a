import type { Scenario } from '@driehoek/scenario';

export type DebriefLanguage = 'nl' | 'en';

export interface DebriefQuestionView {
  id: string;
  question: string;
  kind: 'text' | 'scale';
  /** The roles asked; absent: every role. */
  roles?: string[];
  /** Only a question asked of every role can be answered anonymously (docs/scenarios.md). */
  anonymousAllowed: boolean;
}

/** The hot-wash questions when a scenario has none, in Dutch and English. */
export const DEFAULT_DEBRIEF: readonly {
  id: string;
  kind: 'text' | 'scale';
  question: Record<DebriefLanguage, string>;
}[] = [
  { id: 'goed', kind: 'text', question: { nl: 'Wat ging goed?', en: 'What went well?' } },
  { id: 'beter', kind: 'text', question: { nl: 'Wat kan beter?', en: 'What could be better?' } },
  {
    id: 'gemist',
    kind: 'text',
    question: { nl: 'Wat had je nodig dat er niet was?', en: 'What did you need that was not there?' },
  },
  {
    id: 'samenwerking',
    kind: 'scale',
    question: {
      nl: 'Hoe verliep de samenwerking in de driehoek?',
      en: 'How did the cooperation within the triangle go?',
    },
  },
];

/** The scenario's debrief questions, or the default template in the scenario's language. */
export function debriefQuestions(scenario: Scenario, language?: DebriefLanguage): DebriefQuestionView[] {
  if (scenario.debrief?.length)
    return scenario.debrief.map((q) => ({
      id: q.id,
      question: q.question,
      kind: q.kind,
      ...(q.roles && { roles: q.roles }),
      anonymousAllowed: !q.roles,
    }));
  const lang = language ?? scenario.language;
  return DEFAULT_DEBRIEF.map((q) => ({
    id: q.id,
    question: q.question[lang],
    kind: q.kind,
    anonymousAllowed: true,
  }));
}

/** Whether a question is put to a role. */
export function askedOf(question: DebriefQuestionView, role: string): boolean {
  return !question.roles || question.roles.includes(role);
}
