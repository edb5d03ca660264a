import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DecisionService,
  EventLog,
  ExerciseDebrief,
  ExerciseObservations,
  FacilitatorInjects,
  InjectAcks,
  RegulatoryClocks,
  ReportService,
  type ExerciseEventEntity,
} from '@driehoek/exercise';
import { formatOffset, offsetToSeconds, ScenarioLibraryService, type Scenario } from '@driehoek/scenario';
import { root } from '../../test/support/server-process';
import type { Organisation, TestApp } from '../../test/support/test-app';

export interface RecordingPlan {
  /** A shipped scenario: the file name in scenarios/ without `.yaml`. */
  scenarioId: string;
  /** The log is filled to about this many events. */
  events: number;
  /** The facilitator jumps the clock this many scenario minutes at a time. */
  stepMinutes: number;
  /** Players per role who answer the debrief questions. */
  playersPerRole: number;
}

export interface RecordedExercise {
  exerciseId: string;
  events: number;
  byType: Record<string, number>;
  recordMs: number;
  chainValid: boolean;
}

type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** A small seeded generator, so that every run records the same exercise (bar wall times). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

const BEELD = [
  'De servicedesk meldt dat steeds meer afdelingen niet bij hun bestanden kunnen; de leverancier bevestigt versleutelde servers.',
  'Er staan berichten op sociale media dat persoonsgegevens van inwoners te koop worden aangeboden.',
  'Het KCC krijgt veel vragen van inwoners over uitkeringen en paspoortafspraken die niet doorgaan.',
  'De IBD heeft indicatoren gedeeld; twee ervan komen voor in de firewall-logs van vorige week.',
];
const OORDEEL = [
  'Zonder snel en zichtbaar handelen verliezen inwoners het vertrouwen; het bewijs moet wel veilig blijven.',
  'Het risico op verdere verspreiding weegt zwaarder dan het tijdelijk wegvallen van de dienstverlening.',
  'We weten nog te weinig om te melden wat er precies is gebeurd, maar de termijnen lopen.',
];
const BESLUIT = [
  'Wij richten een noodloket in en communiceren elk uur via de website en sociale media.',
  'De teamleider ICT isoleert de getroffen segmenten; de leverancier herinstalleert niets zonder forensische kopie.',
  'De CISO bereidt de melding voor en stemt de tekst af met de gemeentesecretaris.',
  'De woordvoerder stelt een kernboodschap op voor de persconferentie van 16.00 uur.',
];
const OBSERVATIONS = {
  strength: [
    'De gemeentesecretaris vatte het beeld samen voordat het team een besluit nam.',
    'Het team legde vast wie welke actie uitvoert en wanneer er wordt teruggekoppeld.',
    'De CISO betrok de IBD vroeg en deelde de indicatoren met de leverancier.',
  ],
  'area-for-improvement': [
    'Het besluit om te isoleren werd genomen zonder de gevolgen voor telefonie te benoemen.',
    'De woordvoering liep achter op wat inwoners op sociale media al lazen.',
    'Niemand hield het overzicht van de lopende meldtermijnen bij.',
  ],
} as const;
const NAMES = ['A. van Dijk', 'M. de Vries', 'S. Bakker', 'R. Jansen', 'F. El Amrani', 'L. Visser'];
const DEBRIEF_TEXT = [
  'De lijnen met de driehoek waren kort en de rollen waren duidelijk.',
  'De informatie kwam versnipperd binnen; een vast situatierapport had geholpen.',
  'Een actueel overzicht van de systemen en hun eigenaren ontbrak.',
  'Het oefenen van de meldplicht in scenariotijd maakte de termijnen concreet.',
];

/** The contents each stage of a clock requires (libs/clocks/src/reports), filled in by the player. */
function reportContents(regime: string, stage: string): Record<string, unknown> {
  const earlyWarning = { suspectedMalicious: true, crossBorderImpact: false };
  if (regime === 'avg')
    return stage === 'notification'
      ? {
          nature: 'Ransomware met exfiltratie van bestanden van de afdeling Burgerzaken',
          categoriesOfPeople: ['inwoners', 'medewerkers'],
          approxPeople: 18_000,
          categoriesOfRecords: ['BRP-gegevens', 'BSN'],
          approxRecords: 18_000,
          dpoContact: 'Functionaris gegevensbescherming, fg@hofstede.nl',
          likelyConsequences: 'Identiteitsfraude en phishing gericht op inwoners',
          measures: 'Systemen geïsoleerd, wachtwoorden vervangen, inwoners worden geïnformeerd',
          reasonsForDelay: 'De omvang van het lek was pas na het forensisch onderzoek bekend.',
        }
      : {
          channel: 'public-notice',
          nature: 'Criminelen hebben gegevens van inwoners buitgemaakt.',
          dpoContact: 'fg@hofstede.nl',
          likelyConsequences: 'U kunt valse berichten ontvangen die van de gemeente lijken te komen.',
          measures: 'Wij hebben de systemen afgesloten en aangifte gedaan.',
        };
  switch (stage) {
    case 'early-warning':
      return {
        ...earlyWarning,
        summary: 'Ransomware op de servers van de gemeente; dienstverlening ligt stil.',
      };
    case 'notification':
      return {
        earlyWarningUpdate: earlyWarning,
        severity: 'high',
        impact: 'Dienstverlening aan inwoners ligt grotendeels stil; persoonsgegevens mogelijk buitgemaakt.',
        indicatorsOfCompromise: ['185.220.101.4', 'svc-backup@hofstede.local'],
      };
    case 'intermediate-report':
      return { statusUpdate: 'Herstel uit de offline back-ups loopt; burgerzaken is weer bereikbaar.' };
    case 'progress-report':
      return { progress: 'Het herstel loopt nog; het forensisch onderzoek is bijna afgerond.' };
    default:
      return {
        description:
          'Ransomware-aanval via een gelekt VPN-account, gevolgd door versleuteling en exfiltratie.',
        severity: 'high',
        impact: 'Drie dagen beperkte dienstverlening; gegevens van 18.000 inwoners buitgemaakt.',
        rootCause: 'Een VPN-account zonder tweede factor van een externe beheerder.',
        mitigation: { applied: 'Tweede factor op elk account, netwerk gesegmenteerd.', ongoing: 'none' },
        crossBorderImpact: false,
      };
  }
}

/**
 * Records an exercise of a shipped scenario through the application's own write path (the
 * services behind the REST routes and socket commands, each in LiveExercise's transaction): the
 * facilitator starts it and jumps the clock through the whole scenario, so the engine delivers the
 * injects, opens decision points, fires branches and runs the regulatory clocks; every role
 * acknowledges most injects it receives, owners decide, players record decisions of their own and
 * submit their reports, evaluators observe. To fill a long exercise the facilitator fires injects
 * again as the clock goes (`again: true`). After the end: the hot wash and the debrief answers.
 */
export async function recordExercise(
  t: TestApp,
  baseUrl: string,
  org: Organisation,
  organisationName: string,
  plan: RecordingPlan,
  progress: (line: string) => void,
): Promise<RecordedExercise> {
  const began = performance.now();
  const call: Call = async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${org.tokens.facilitator}`,
        'Content-Type': typeof body === 'string' ? 'application/yaml' : 'application/json',
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (response.status >= 400)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  const log = t.app.get(EventLog);
  const acks = t.app.get(InjectAcks);
  const decisions = t.app.get(DecisionService);
  const reports = t.app.get(ReportService);
  const regulatory = t.app.get(RegulatoryClocks);
  const injects = t.app.get(FacilitatorInjects);
  const observations = t.app.get(ExerciseObservations);
  const debrief = t.app.get(ExerciseDebrief);
  const library = t.app.get(ScenarioLibraryService);
  // The addresses seedOrganisation gives its members.
  const domain = `${organisationName.toLowerCase().replace(/[^a-z]/g, '')}.test`;
  const facilitator = `facilitator@${domain}`;
  const evaluator = `evaluator@${domain}`;
  const rnd = random(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];

  await call(
    'POST',
    '/api/scenarios',
    readFileSync(join(root, 'scenarios', `${plan.scenarioId}.yaml`), 'utf8'),
  );
  const { id } = await call<{ id: string }>('POST', '/api/exercises', {
    scenarioId: plan.scenarioId,
    speed: 1,
  });
  const exercise = await call<{ scenarioVersionId: string }>('GET', `/api/exercises/${id}`);
  const scenario: Scenario = (await library.resolveVersionId(exercise.scenarioVersionId)).scenario;
  const roleIds = scenario.roles.map((r) => r.id);
  const durationMs = offsetToSeconds(scenario.duration)! * 1000;

  // What the log says so far, read as the clients would see it arrive.
  let lastSeq = 0;
  let count = 0;
  const byType: Record<string, number> = {};
  const unacked: ExerciseEventEntity[] = [];
  const delivered: string[] = [];
  const undecided: ExerciseEventEntity[] = [];
  const seqs: number[] = [];
  const observationIds: string[] = [];
  const readLog = async () => {
    for (;;) {
      const batch = await log.list(id, lastSeq, 1000);
      for (const e of batch) {
        byType[e.type] = (byType[e.type] ?? 0) + 1;
        if (e.type === 'inject.delivered') {
          unacked.push(e);
          delivered.push(e.payload.injectId as string);
          seqs.push(e.seq);
        } else if (e.type === 'decision.opened') undecided.push(e);
      }
      count += batch.length;
      if (batch.length) lastSeq = batch[batch.length - 1].seq;
      if (batch.length < 1000) return;
    }
  };

  const acknowledge = async () => {
    for (const e of unacked.splice(0)) {
      const reached = e.audience.includes('*') ? roleIds : e.audience.filter((r) => r !== '*');
      // Most roles acknowledge what they receive; some never get round to it.
      for (const role of reached) if (rnd() < 0.9) await acks.ack(id, role, e.seq);
    }
  };

  const decide = async () => {
    // Owners decide the points put one step earlier: some in time, some after the deadline.
    for (const e of undecided.splice(0)) {
      const options = e.payload.options as { id: string }[];
      await decisions.record(id, e.payload.owner as string, {
        decisionPointId: e.payload.decisionPointId as string,
        optionId: options[0].id,
        beeld: pick(BEELD),
        oordeel: pick(OORDEEL),
        besluit: pick(BESLUIT),
        decidedBy: pick(NAMES),
        legalBasis: e.payload.legalBasis as string[],
        actions: [{ description: pick(BESLUIT), owner: pick(roleIds) }],
      });
    }
    // And a decision of its own by a role now and then (BOB form, no decision point).
    for (let k = perStep(0.015); k > 0; k--)
      await decisions.record(id, pick(roleIds), {
        beeld: pick(BEELD),
        oordeel: pick(OORDEEL),
        besluit: pick(BESLUIT),
        decidedBy: pick(NAMES),
        rationale: 'Afgestemd in het overleg van het beleidsteam.',
      });
  };

  let requested = false;
  // When each report goes in: somewhere between a third of its time and a little after its deadline.
  const plannedAt = new Map<string, number>();
  const submitReports = async (all = false) => {
    // One at a time: a submission moves the clock on (the next stage starts, another is not required).
    for (;;) {
      const { clocks, scenarioTime } = await regulatory.current(id);
      const now = Date.parse(scenarioTime);
      const nis2 = clocks.find((c) => c.running && c.regime === 'nis2');
      if (!requested && nis2?.stages.some((s) => s.stage === 'notification' && s.submittedAt)) {
        // The facilitator, as the CSIRT, asks for an intermediate report.
        await reports.request(id, facilitator, nis2.id, 12 * 3_600_000);
        requested = true;
        continue;
      }
      const open = clocks
        .filter((c) => c.running && c.role)
        .flatMap((clock) => clock.stages.map((stage) => ({ clock, stage })))
        .find(({ clock, stage }) => {
          if (stage.submittedAt || stage.notRequired || !stage.startedAt) return false;
          const key = `${clock.id}:${stage.stage}:${stage.requestId ?? ''}`;
          if (!plannedAt.has(key)) {
            const start = Date.parse(stage.startedAt);
            const span = stage.operationalDue ? Date.parse(stage.operationalDue) - start : 3_600_000;
            plannedAt.set(key, start + span * (0.3 + 0.9 * rnd()));
          }
          return all || now >= plannedAt.get(key)!;
        });
      if (!open) return;
      await reports.submit(id, open.clock.role!, {
        clockId: open.clock.id,
        stage: open.stage.stage,
        ...(open.stage.requestId && { requestId: open.stage.requestId }),
        report: reportContents(open.clock.regime, open.stage.stage),
        submittedBy: pick(NAMES),
      });
    }
  };

  const observe = async () => {
    const objective = pick(scenario.objectives ?? []);
    const kind = rnd() < 0.45 ? 'strength' : 'area-for-improvement';
    const supersedes = observationIds.length && rnd() < 0.1 ? pick(observationIds) : undefined;
    const recorded = await observations.record(id, evaluator, {
      kind,
      objectiveId: objective?.id,
      expectedActionId: objective && rnd() < 0.5 ? pick(objective.expectedActions).id : undefined,
      roles: [pick(roleIds)],
      seqs: seqs.length ? [pick(seqs), pick(seqs)].sort((a, b) => a - b) : [],
      text: pick(OBSERVATIONS[kind]),
      rating: objective && rnd() < 0.2 ? pick(['P', 'S', 'M', 'U'] as const) : undefined,
      supersedes,
    });
    if (supersedes) observationIds.splice(observationIds.indexOf(supersedes), 1);
    observationIds.push(recorded.observationId);
  };

  // What comes after the end (hot wash, debrief) is budgeted before the run.
  const questions = await debrief.questionsFor(id, roleIds[0]);
  const afterEnd = 12 + roleIds.length * plan.playersPerRole * questions.length;
  const reachPerInject =
    scenario.injects.reduce(
      (sum, i) => sum + (i.audience === 'all' ? roleIds.length : i.audience.length),
      0,
    ) / scenario.injects.length;
  const perRefire = 1 + 0.9 * reachPerInject;

  await call('POST', `/api/exercises/${id}/start`, {});
  const steps = Math.floor(durationMs / (plan.stepMinutes * 60_000));
  // Free-standing decisions and observations grow with the exercise: a share of its events.
  function perStep(share: number) {
    const mean = (share * plan.events) / steps;
    return Math.floor(mean) + (rnd() < mean % 1 ? 1 : 0);
  }
  const held = scenario.injects.filter((i) => i.hold).map((i) => i.id);
  let refired = 0;
  for (let step = 1; step <= steps; step++) {
    const to = Math.min(step * plan.stepMinutes * 60_000, durationMs - 10 * 60_000);
    const clock = await call<{ offsetMs: number }>('GET', `/api/exercises/${id}/clock`);
    if (to > clock.offsetMs + 1000)
      await call('PATCH', `/api/exercises/${id}/clock`, { jumpTo: formatOffset(to / 1000) });
    if (step === Math.floor(steps / 3))
      for (const inject of held) await call('POST', `/api/exercises/${id}/injects/${inject}/fire`, {});
    await readLog();
    await acknowledge();
    await decide();
    await submitReports();
    for (let k = perStep(0.03); k > 0; k--) await observe();
    // Keep the pressure up: fire what the teams have seen before again, spread over the run.
    await readLog();
    const budget = plan.events - afterEnd - count;
    const now = Math.max(0, Math.round(budget / (steps - step + 1) / perRefire));
    for (let k = 0; k < now && delivered.length; k++, refired++)
      await injects.fireNow(facilitator, id, delivered[refired % delivered.length], true);
    if (step % 20 === 0) progress(`  scenario ${formatOffset(to / 1000)}: ${count} events`);
  }
  await readLog();
  await acknowledge();
  await decide();
  await submitReports(true);
  await call('POST', `/api/exercises/${id}/end`, {});
  await readLog();

  for (let i = 0; i < 12; i++)
    await debrief.capture(id, facilitator, {
      text: pick([...OBSERVATIONS.strength, ...OBSERVATIONS['area-for-improvement']]),
      kind: i % 3 === 2 ? undefined : i % 2 ? 'strength' : 'area-for-improvement',
    });
  for (const role of roleIds)
    for (let player = 0; player < plan.playersPerRole; player++)
      for (const q of await debrief.questionsFor(id, role))
        await debrief.answer(id, role, {
          questionId: q.id,
          answer: q.kind === 'scale' ? 1 + Math.floor(rnd() * 5) : pick(DEBRIEF_TEXT),
          anonymous: q.anonymousAllowed && rnd() < 0.3,
        });
  // Evaluators write up what they saw once it is over.
  while (count < plan.events) {
    await observe();
    await readLog();
  }

  const verdict = await log.verify(id);
  return {
    exerciseId: id,
    events: count,
    byType,
    recordMs: performance.now() - began,
    chainValid: verdict.valid,
  };
}
