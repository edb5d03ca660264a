import { formatLocal, zonedTimeToUtc } from '@driehoek/clocks';
import { formatOffset, offsetToSeconds } from '../schema/offset';
import type {
  Scenario,
  ScenarioDecisionPoint,
  ScenarioInject,
  ScenarioTrigger,
} from '../schema/scenario.schema';

export type MselLanguage = 'nl' | 'en';

/** What a row is: an inject on the main timeline, a branch inject, a held one, or a decision point. */
export type MselRowKind = 'inject' | 'branch' | 'held' | 'decision-point' | 'unscheduled';

/**
 * One line of the master scenario events list. `offset` and `localTime` are set for what happens
 * at a known moment of the main timeline; a branch inject instead says `when` it comes, relative to
 * what schedules it, and sits right under that (`depth` counts the nesting).
 */
export interface MselRow {
  kind: MselRowKind;
  depth: number;
  /** On the exercise clock, e.g. "00:10"; null when it depends on the play. */
  offset: string | null;
  /** The fictional date-time in the scenario's zone, e.g. "2026-03-12 08:10 (CET)". */
  localTime: string | null;
  /** When it comes, as the facilitator reads it: the offset, or relative to its trigger. */
  when: string;
  phase: string;
  id: string;
  title: string;
  from: string;
  to: string;
  channel: string;
  content: string;
  expectedActions: string;
  facilitatorNotes: string;
}

export interface Msel {
  scenarioId: string;
  title: string;
  language: MselLanguage;
  startsAt: string;
  timeZone: string;
  rows: MselRow[];
}

const LABELS = {
  nl: {
    all: 'Iedereen',
    kind: {
      inject: 'Inject',
      branch: 'Vervolg',
      held: 'Achter de hand',
      'decision-point': 'Besluitpunt',
      unscheduled: 'Niet ingepland',
    },
    after: (after: string | undefined, event: string) =>
      after ? `${after} na ${event}` : `Direct na ${event}`,
    option: (question: string, option: string) => `besluit "${question}": ${option}`,
    overdue: (question: string, due: string) => `${due} zonder besluit over "${question}"`,
    clock: (clock: string, stage: string, status: string) =>
      `klok ${clock}${stage ? ` ${stage}` : ''} ${status === 'met' ? 'gehaald' : 'gemist'}`,
    byHand: 'door de oefenleider',
    notScheduled: 'door geen trigger ingepland',
    options: 'Opties',
    due: 'Uiterlijk',
    dueAfter: (after: string) => `${after} na het stellen`,
    participants: 'met',
    legalBasis: 'Grondslag',
    within: 'uiterlijk',
    raisedBy: (inject: string) => `gesteld bij "${inject}"`,
  },
  en: {
    all: 'Everyone',
    kind: {
      inject: 'Inject',
      branch: 'Branch',
      held: 'Held',
      'decision-point': 'Decision point',
      unscheduled: 'Not scheduled',
    },
    after: (after: string | undefined, event: string) =>
      after ? `${after} after ${event}` : `Right after ${event}`,
    option: (question: string, option: string) => `decision "${question}": ${option}`,
    overdue: (question: string, due: string) => `${due} without a decision on "${question}"`,
    clock: (clock: string, stage: string, status: string) =>
      `clock ${clock}${stage ? ` ${stage}` : ''} ${status}`,
    byHand: 'by the facilitator',
    notScheduled: 'scheduled by no trigger',
    options: 'Options',
    due: 'Due',
    dueAfter: (after: string) => `${after} after it is put`,
    participants: 'with',
    legalBasis: 'Legal basis',
    within: 'by',
    raisedBy: (inject: string) => `put with "${inject}"`,
  },
} as const;

export const MSEL_KIND_LABELS = {
  nl: LABELS.nl.kind,
  en: LABELS.en.kind,
} as const;

/**
 * The master scenario events list of a scenario, in scenario time order: the main timeline by
 * offset, each decision point right after the inject that raises it (or at its `opensAt`), the
 * branch injects a decision option or an overdue decision schedules right under that decision
 * point, then what clocks trigger, what the facilitator fires by hand, and what nothing schedules.
 * Pure: the same scenario gives the same list.
 */
export function buildMsel(scenario: Scenario, language: MselLanguage = 'nl'): Msel {
  const l = LABELS[language];
  const start = zonedTimeToUtc(scenario.startsAt, scenario.timeZone).getTime();
  const roles = new Map(scenario.roles.map((r) => [r.id, r.name]));
  const channels = new Map(scenario.channels.map((c) => [c.id, c.name]));
  const phases = [...(scenario.phases ?? [])]
    .map((p) => ({ ...p, seconds: offsetToSeconds(p.startsAt) ?? 0 }))
    .sort((a, b) => a.seconds - b.seconds);
  const phaseNames = new Map(phases.map((p) => [p.id, p.name]));
  const expected = new Map(
    (scenario.objectives ?? []).flatMap((o) => o.expectedActions.map((a) => [a.id, a] as const)),
  );
  const injects = new Map(scenario.injects.map((i) => [i.id, i]));
  const decisionPoints = scenario.decisionPoints ?? [];
  const triggers = scenario.triggers ?? [];

  const roleNames = (audience: 'all' | string[]): string =>
    audience === 'all' ? l.all : audience.map((r) => roles.get(r) ?? r).join(', ');
  const phaseAt = (seconds: number | null): string => {
    if (seconds === null) return '';
    let name = '';
    for (const p of phases) if (p.seconds <= seconds) name = p.name;
    return name;
  };
  const at = (seconds: number | null) =>
    seconds === null
      ? { offset: null, localTime: null }
      : {
          offset: formatOffset(seconds),
          localTime: formatLocal(new Date(start + seconds * 1000), scenario.timeZone),
        };

  const scheduledBy = new Map<string, ScenarioTrigger[]>();
  for (const trigger of triggers)
    for (const item of trigger.schedule)
      scheduledBy.set(item.inject, [...(scheduledBy.get(item.inject) ?? []), trigger]);

  const listed = new Set<string>();
  const rows: MselRow[] = [];

  const injectRow = (
    inject: ScenarioInject,
    kind: MselRowKind,
    depth: number,
    seconds: number | null,
    when: string,
  ): MselRow => ({
    kind,
    depth,
    ...at(seconds),
    when,
    phase: inject.phase ? (phaseNames.get(inject.phase) ?? inject.phase) : phaseAt(seconds),
    id: inject.id,
    title: inject.title,
    from: inject.from ?? '',
    to: roleNames(inject.audience),
    channel: channels.get(inject.channel) ?? inject.channel,
    content: inject.content,
    expectedActions: (inject.expects ?? [])
      .map((id) => {
        const action = expected.get(id);
        if (!action) return id;
        return action.within ? `${action.description} (${l.within} ${action.within})` : action.description;
      })
      .join('\n'),
    facilitatorNotes: inject.facilitatorNotes ?? '',
  });

  const decisionRow = (
    point: ScenarioDecisionPoint,
    depth: number,
    seconds: number | null,
    phase: string,
    raisedBy?: ScenarioInject,
  ): MselRow => {
    const due = point.dueAt ?? (point.dueAfter ? l.dueAfter(point.dueAfter) : undefined);
    const notes = [
      raisedBy ? l.raisedBy(raisedBy.title) : '',
      point.legalBasis?.length ? `${l.legalBasis}: ${point.legalBasis.join('; ')}` : '',
    ].filter(Boolean);
    return {
      kind: 'decision-point',
      depth,
      ...at(seconds),
      when: seconds === null ? '' : formatOffset(seconds),
      phase,
      id: point.id,
      title: point.question,
      from: '',
      to: [
        roles.get(point.owner) ?? point.owner,
        ...(point.participants?.length
          ? [`(${l.participants} ${point.participants.map((r) => roles.get(r) ?? r).join(', ')})`]
          : []),
      ].join(' '),
      channel: '',
      content: [
        `${l.options}: ${point.options.map((o) => o.label).join(' / ')}`,
        ...(due ? [`${l.due}: ${due}`] : []),
      ].join('\n'),
      expectedActions: '',
      facilitatorNotes: notes.join('\n'),
    };
  };

  /** The decision points an inject raises, each followed by the branches its outcomes schedule. */
  const raisedBy = (inject: ScenarioInject, depth: number, seconds: number | null, phase: string): void => {
    for (const point of decisionPoints.filter((p) => p.raisedBy === inject.id))
      decision(point, depth, seconds, phase, inject);
  };

  const decision = (
    point: ScenarioDecisionPoint,
    depth: number,
    seconds: number | null,
    phase: string,
    raiser?: ScenarioInject,
  ): void => {
    if (listed.has(`dp:${point.id}`)) return;
    listed.add(`dp:${point.id}`);
    rows.push(decisionRow(point, depth, seconds, phase, raiser));
    for (const option of point.options)
      for (const trigger of triggers.filter(
        (t) => 'decision' in t.when && t.when.decision === point.id && t.when.option === option.id,
      ))
        branches(trigger, depth + 1, l.option(point.question, option.label));
    for (const trigger of triggers.filter((t) => 'overdue' in t.when && t.when.overdue === point.id))
      branches(trigger, depth + 1, l.overdue(point.question, point.dueAt ?? point.dueAfter ?? ''));
  };

  const branches = (trigger: ScenarioTrigger, depth: number, event: string): void => {
    for (const item of trigger.schedule) {
      const inject = injects.get(item.inject);
      if (!inject || listed.has(inject.id)) continue;
      listed.add(inject.id);
      rows.push(injectRow(inject, 'branch', depth, null, l.after(item.after, event)));
      raisedBy(inject, depth + 1, null, rows[rows.length - 1].phase);
    }
  };

  // The main timeline: injects with an offset and decision points that open at a moment, by time;
  // a decision point raised by an inject goes right after it.
  const timeline = [
    ...scenario.injects
      .filter((i) => i.offset !== undefined)
      .map((inject, order) => ({ seconds: offsetToSeconds(inject.offset!) ?? 0, order, inject })),
    ...decisionPoints
      .filter((p) => p.opensAt !== undefined && !p.raisedBy)
      .map((point, order) => ({
        seconds: offsetToSeconds(point.opensAt!) ?? 0,
        order: 10_000 + order,
        point,
      })),
  ].sort((a, b) => a.seconds - b.seconds || a.order - b.order);
  for (const entry of timeline) {
    if ('inject' in entry && entry.inject) {
      const { inject, seconds } = entry;
      listed.add(inject.id);
      const row = injectRow(inject, inject.hold ? 'held' : 'inject', 0, seconds, formatOffset(seconds));
      if (inject.hold) row.facilitatorNotes = [l.byHand, row.facilitatorNotes].filter(Boolean).join('\n');
      rows.push(row);
      raisedBy(inject, 0, seconds, row.phase);
    } else if ('point' in entry && entry.point) {
      decision(entry.point, 0, entry.seconds, phaseAt(entry.seconds));
    }
  }

  // What clocks trigger, in the order the scenario declares them.
  for (const trigger of triggers)
    if ('clock' in trigger.when) {
      const { clock, stage, status } = trigger.when;
      branches(trigger, 0, l.clock(clock, stage ?? '', status));
    }

  // Held back without a moment: fired by hand; then whatever no trigger schedules.
  for (const inject of scenario.injects) {
    if (listed.has(inject.id)) continue;
    listed.add(inject.id);
    const row = injectRow(
      inject,
      inject.hold ? 'held' : scheduledBy.has(inject.id) ? 'branch' : 'unscheduled',
      0,
      null,
      inject.hold ? l.byHand : l.notScheduled,
    );
    rows.push(row);
    raisedBy(inject, 1, null, row.phase);
  }
  // Decision points nothing above reached (raised by an inject listed nowhere, which the checks refuse).
  for (const point of decisionPoints) decision(point, 0, null, '');

  return {
    scenarioId: scenario.id,
    title: scenario.title,
    language,
    startsAt: scenario.startsAt,
    timeZone: scenario.timeZone,
    rows,
  };
}
