import { formatOffset, offsetToSeconds, signedOffsetToSeconds } from '../schema/offset';
import { CLOCK_STAGES } from '@driehoek/clocks';
import type { Scenario } from '../schema/scenario.schema';
import { hasDecisionDeadline } from '../runtime/decision-due';
import { decisionTimingFindings } from './decision-timing';
import type { Finding } from './scenario-problem';
import { listSome, shorten } from './suggest';
import { scenarioGraph } from './scenario-graph';
import { findingCollector, listIds as list, type FindingPath as Path } from './finding-collector';

export { formatPath } from './finding-collector';

/**
 * Checks that need the whole scenario: references, duplicate ids, offsets inside the duration,
 * trigger cycles and reachability. Pure: a schema-valid scenario in, findings with paths out.
 */
export function semanticChecks(scenario: Scenario): Finding[] {
  const { findings, error, warning, ids, reference, didYouMean } = findingCollector();

  const injects = scenario.injects;
  const decisionPoints = scenario.decisionPoints ?? [];
  const triggers = scenario.triggers ?? [];
  const clocks = scenario.clocks ?? [];
  const phases = scenario.phases ?? [];
  const objectives = scenario.objectives ?? [];
  const expectedActions = objectives.flatMap((o, i) =>
    o.expectedActions.map((a, j) => ({ a, path: ['objectives', i, 'expectedActions', j] })),
  );

  // Duplicate ids, per kind; expected-action ids are global because injects refer to them directly.
  const roleIds = ids('role', list('roles', scenario.roles));
  const channelIds = ids('channel', list('channels', scenario.channels));
  const phaseIds = ids('phase', list('phases', phases));
  ids('objective', list('objectives', objectives));
  const actionIds = ids(
    'expected action',
    expectedActions.map(({ a, path }) => ({ id: a.id, path })),
  );
  const injectIds = ids('inject', list('injects', injects));
  const decisionIds = ids('decision point', list('decisionPoints', decisionPoints));
  ids('trigger', list('triggers', triggers));
  const clockIds = ids('clock', list('clocks', clocks));
  const debrief = scenario.debrief ?? [];
  ids('debrief question', list('debrief', debrief));
  debrief.forEach((q, i) =>
    q.roles?.forEach((role, k) => reference('role', roleIds, role, ['debrief', i, 'roles', k])),
  );
  decisionPoints.forEach((dp, i) =>
    ids(
      `option of "${dp.id}"`,
      dp.options.map((o, j) => ({ id: o.id, path: ['decisionPoints', i, 'options', j] })),
    ),
  );

  // Lookups by id, the first of each id as the duplicate check keeps it: every check below is one
  // pass over its list, never a search of another list per item.
  const injectById = firstById(injects);
  const decisionById = firstById(decisionPoints);
  const clockById = firstById(clocks);
  const phaseIndex = new Map<string, number>();
  phases.forEach((p, i) => phaseIndex.has(p.id) || phaseIndex.set(p.id, i));

  const duration = offsetToSeconds(scenario.duration) ?? 0;
  /** `happens` starts the sentence: 'Inject "i-start" fires at 04:30'. */
  const within = (value: string | undefined, path: Path, happens: string): void => {
    const seconds = value === undefined ? undefined : signedOffsetToSeconds(value);
    if (seconds !== undefined && seconds > duration) {
      error(
        'offset-out-of-range',
        path,
        `${happens}, after the end of the scenario (duration ${scenario.duration}). Move it to ${scenario.duration} or earlier, or lengthen duration.`,
      );
    }
  };

  phases.forEach((phase, i) =>
    within(phase.startsAt, ['phases', i, 'startsAt'], `Phase "${phase.id}" starts at ${phase.startsAt}`),
  );
  const phaseStarts = phases.map((p) => offsetToSeconds(p.startsAt) ?? 0);
  phaseStarts.forEach((start, i) => {
    if (i > 0 && start < phaseStarts[i - 1])
      warning(
        'phase-order',
        ['phases', i, 'startsAt'],
        `Phase "${phases[i].id}" starts before the phase listed above it; list phases in time order.`,
      );
  });

  expectedActions.forEach(({ a, path }) => {
    a.roles.forEach((role, k) => reference('role', roleIds, role, [...path, 'roles', k]));
    within(a.within, [...path, 'within'], `Expected action "${a.id}" is expected by ${a.within}`);
  });

  injects.forEach((inject, i) => {
    const path: Path = ['injects', i];
    within(inject.offset, [...path, 'offset'], `Inject "${inject.id}" fires at ${inject.offset}`);
    reference('channel', channelIds, inject.channel, [...path, 'channel']);
    if (inject.audience !== 'all')
      inject.audience.forEach((role, k) => reference('role', roleIds, role, [...path, 'audience', k]));
    (inject.expects ?? []).forEach((action, k) =>
      reference('expected action', actionIds, action, [...path, 'expects', k]),
    );
    if (reference('phase', phaseIds, inject.phase, [...path, 'phase']) && inject.phase && inject.offset) {
      const index = phaseIndex.get(inject.phase)!;
      const at = offsetToSeconds(inject.offset) ?? 0;
      const next = phaseStarts[index + 1];
      if (at < phaseStarts[index] || (next !== undefined && at >= next)) {
        warning(
          'phase-mismatch',
          [...path, 'phase'],
          `Inject "${inject.id}" fires at ${inject.offset}, outside its phase "${inject.phase}" (from ${phases[index].startsAt}${next !== undefined ? ` to ${formatOffset(next)}` : ''}). Move the inject, or give it the phase it falls in.`,
        );
      }
    }
  });

  decisionPoints.forEach((dp, i) => {
    const path: Path = ['decisionPoints', i];
    if (!roleIds.has(dp.owner)) {
      const hint =
        didYouMean(dp.owner, roleIds.keys()) ||
        ` Declare the role under roles or pick one of: ${listSome(roleIds.keys(), roleIds.size)}.`;
      error(
        'unknown-owner',
        [...path, 'owner'],
        `Decision point "${dp.id}" is owned by role "${shorten(dp.owner, 80)}", which does not exist.${hint}`,
      );
    }
    (dp.participants ?? []).forEach((role, k) =>
      reference('role', roleIds, role, [...path, 'participants', k]),
    );
    const raisedBy = reference('inject', injectIds, dp.raisedBy, [...path, 'raisedBy'])
      ? injectById.get(dp.raisedBy!)
      : undefined;
    within(dp.opensAt, [...path, 'opensAt'], `Decision point "${dp.id}" opens at ${dp.opensAt}`);
    within(dp.dueAt, [...path, 'dueAt'], `Decision point "${dp.id}" is due at ${dp.dueAt}`);
    if (!dp.opensAt && !dp.raisedBy) {
      error(
        'never-opens',
        path,
        `Decision point "${dp.id}" never opens: give it opensAt (a time) or raisedBy (an inject that puts the question).`,
      );
    }
    findings.push(
      ...decisionTimingFindings(dp, raisedBy, path, { seconds: duration, text: scenario.duration }),
    );
    if (
      raisedBy &&
      raisedBy.audience !== 'all' &&
      roleIds.has(dp.owner) &&
      !raisedBy.audience.includes(dp.owner)
    ) {
      warning(
        'owner-not-in-audience',
        [...path, 'owner'],
        `Decision point "${dp.id}" is owned by role "${dp.owner}", which does not receive inject "${raisedBy.id}" that raises it, so the owner would be asked about an inject it never saw. Add "${dp.owner}" to the audience of "${raisedBy.id}", or let another inject raise the question.`,
      );
    }
  });

  const optionsOf = new Map<(typeof decisionPoints)[number], Set<string>>();
  const optionExists = (decision: string, option: string, path: Path): void => {
    const dp = decisionById.get(decision);
    if (!dp) return;
    let options = optionsOf.get(dp);
    if (!options) optionsOf.set(dp, (options = new Set(dp.options.map((o) => o.id))));
    if (options.has(option)) return;
    const known = dp.options.map((o) => o.id);
    error(
      'unknown-option',
      path,
      `Decision point "${decision}" has no option "${shorten(option, 80)}".${didYouMean(option, known) || ` Its options are: ${listSome(known, known.length)}.`}`,
    );
  };

  clocks.forEach((clock, i) => {
    const path: Path = ['clocks', i];
    within(clock.startsAt, [...path, 'startsAt'], `Clock "${clock.id}" starts at ${clock.startsAt}`);
    reference('role', roleIds, clock.role, [...path, 'role']);
    if (Array.isArray(clock.audience))
      clock.audience.forEach((role, k) => reference('role', roleIds, role, [...path, 'audience', k]));
    if (clock.startsAt && clock.startsOn)
      error(
        'clock-start-twice',
        [...path, 'startsOn'],
        `Clock "${clock.id}" has both startsAt and startsOn; keep one.`,
      );
    if (
      clock.startsOn &&
      reference('decision point', decisionIds, clock.startsOn.decision, [...path, 'startsOn', 'decision'])
    ) {
      optionExists(clock.startsOn.decision, clock.startsOn.option, [...path, 'startsOn', 'option']);
    }
    if (clock.regime === 'custom') {
      if (!clock.period)
        error(
          'custom-clock-period',
          path,
          `Custom clock "${clock.id}" needs a period, e.g. period: "02:00".`,
        );
      if (!clock.label)
        error('custom-clock-label', path, `Custom clock "${clock.id}" needs a label that says what is due.`);
    } else {
      if (clock.period)
        error(
          'fixed-clock-period',
          [...path, 'period'],
          `Clock "${clock.id}" follows the ${clock.regime} rules, whose periods are fixed; remove period or use regime: custom.`,
        );
      if (clock.recipient)
        error(
          'fixed-clock-recipient',
          [...path, 'recipient'],
          `Clock "${clock.id}" follows the ${clock.regime} rules, which say to whom each report goes; remove recipient or use regime: custom.`,
        );
    }
  });

  triggers.forEach((trigger, i) => {
    const path: Path = ['triggers', i];
    const when = trigger.when;
    if ('decision' in when) {
      if (reference('decision point', decisionIds, when.decision, [...path, 'when', 'decision']))
        optionExists(when.decision, when.option, [...path, 'when', 'option']);
    } else if ('clock' in when) {
      if (reference('clock', clockIds, when.clock, [...path, 'when', 'clock']) && when.stage !== undefined) {
        const regime = clockById.get(when.clock)!.regime;
        const stages: readonly string[] = CLOCK_STAGES[regime];
        if (!stages.includes(when.stage))
          error(
            'unknown-stage',
            [...path, 'when', 'stage'],
            `Clock "${when.clock}" follows the ${regime} rules, which have no stage "${shorten(when.stage, 80)}".${didYouMean(when.stage, stages) || ` The stages of ${regime} are: ${stages.join(', ')}.`}`,
          );
      }
    } else if (reference('decision point', decisionIds, when.overdue, [...path, 'when', 'overdue'])) {
      const dp = decisionById.get(when.overdue)!;
      if (!hasDecisionDeadline(dp))
        error(
          'never-overdue',
          [...path, 'when', 'overdue'],
          `Decision point "${dp.id}" has no deadline, so it can never be overdue. Give it a dueAt or a dueAfter.`,
        );
    }
    trigger.schedule.forEach((entry, k) =>
      reference('inject', injectIds, entry.inject, [...path, 'schedule', k, 'inject']),
    );
  });

  expectedActions.forEach(({ a, path }) => {
    const by = a.fulfilledBy;
    if (!by) return;
    const at: Path = [...path, 'fulfilledBy'];
    if ('decision' in by) {
      if (
        reference('decision point', decisionIds, by.decision, [...at, 'decision']) &&
        by.option !== undefined
      )
        optionExists(by.decision, by.option, [...at, 'option']);
    } else if ('clockStage' in by) {
      const { clock, stage } = by.clockStage;
      if (reference('clock', clockIds, clock, [...at, 'clockStage', 'clock']) && stage !== undefined) {
        const regime = clockById.get(clock)!.regime;
        const stages: readonly string[] = CLOCK_STAGES[regime];
        if (!stages.includes(stage))
          error(
            'unknown-stage',
            [...at, 'clockStage', 'stage'],
            `Clock "${clock}" follows the ${regime} rules, which have no stage "${shorten(stage, 80)}".${didYouMean(stage, stages) || ` The stages of ${regime} are: ${stages.join(', ')}.`}`,
          );
      }
    } else if ('injectAcknowledged' in by) {
      const known = reference('inject', injectIds, by.injectAcknowledged, [...at, 'injectAcknowledged']);
      const inject = known ? injectById.get(by.injectAcknowledged) : undefined;
      if (
        reference('role', roleIds, by.role, [...at, 'role']) &&
        inject &&
        by.role !== undefined &&
        inject.audience !== 'all' &&
        !inject.audience.includes(by.role)
      )
        error(
          'ack-role-not-in-audience',
          [...at, 'role'],
          `Expected action "${a.id}" waits for role "${by.role}" to acknowledge inject "${inject.id}", which that role never receives. Add "${by.role}" to the audience of "${inject.id}", or name a role that receives it.`,
        );
    }
    // A playbook step names a playbook attached at run time, so only the report can resolve it.
  });

  // Graph checks only make sense once every reference resolves.
  if (findings.some((f) => f.severity === 'error' && f.code !== 'offset-out-of-range')) return findings;

  const graph = scenarioGraph(scenario);
  const triggerIndex = new Map<string, number>();
  triggers.forEach((t, i) => triggerIndex.has(`trigger:${t.id}`) || triggerIndex.set(`trigger:${t.id}`, i));
  for (const cycle of graph.cycles()) {
    const trigger = cycle.find((node) => node.startsWith('trigger:'))!;
    error(
      'trigger-cycle',
      ['triggers', triggerIndex.get(trigger)!, 'schedule'],
      `The triggers form a loop: ${describeLoop(cycle)}. A branch must not lead back to where it started; schedule a new inject instead.`,
    );
  }
  const reachable = graph.reachable();
  injects.forEach((inject, i) => {
    if (!reachable.has(`inject:${inject.id}`)) {
      error(
        'unreachable-inject',
        ['injects', i, 'id'],
        `Inject "${inject.id}" can never fire: it has no offset, is not held, and no reachable trigger schedules it. Give it an offset, set hold: true, or schedule it from a trigger.`,
      );
    }
  });
  const branching = new Set(
    triggers.map((t) => ('decision' in t.when ? t.when.decision : 'overdue' in t.when ? t.when.overdue : '')),
  );
  decisionPoints.forEach((dp, i) => {
    if (!reachable.has(`decision:${dp.id}`))
      error(
        'unreachable-decision',
        ['decisionPoints', i, 'raisedBy'],
        `Decision point "${dp.id}" can never open: the inject that raises it can never fire.`,
      );
    else if (!branching.has(dp.id)) {
      warning(
        'no-branch',
        ['decisionPoints', i, 'id'],
        `Decision point "${dp.id}" does not branch: no trigger reacts to its options. Add a trigger so that the choice has consequences.`,
      );
    }
  });

  // Roles and channels nobody uses are usually leftovers of an edit.
  const everyoneHears = injects.some((inject) => inject.audience === 'all');
  const audiences = new Set(injects.flatMap((inject) => (inject.audience === 'all' ? [] : inject.audience)));
  const owners = new Set(decisionPoints.map((dp) => dp.owner));
  scenario.roles.forEach((role, i) => {
    if (!everyoneHears && !audiences.has(role.id) && !owners.has(role.id)) {
      warning(
        'idle-role',
        ['roles', i, 'id'],
        `Role "${role.id}" receives no inject and owns no decision; give it something to do or remove it.`,
      );
    }
  });
  const channelsUsed = new Set(injects.map((inject) => inject.channel));
  scenario.channels.forEach((channel, i) => {
    if (!channelsUsed.has(channel.id))
      warning(
        'unused-channel',
        ['channels', i, 'id'],
        `Channel "${channel.id}" is not used by any inject; use it or remove it.`,
      );
  });
  return findings;
}

/** The first of each id in a list, as the duplicate check keeps it. */
function firstById<T extends { id: string }>(items: T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/** 'trigger "t-a" → inject "i-b" → … → trigger "t-a"'; a very long loop by its ends. */
function describeLoop(cycle: string[]): string {
  const shown =
    cycle.length > 12
      ? [...cycle.slice(0, 10).map(describe), `… (${cycle.length - 11} more)`, describe(cycle.at(-1)!)]
      : cycle.map(describe);
  return `${shown.join(' → ')} → ${describe(cycle[0])}`;
}

function describe(node: string): string {
  const [kind, id] = node.split(':');
  return `${kind === 'decision' ? 'decision point' : kind} "${id}"`;
}
