import { createHash } from 'node:crypto';
import { GENESIS_HASH, chainAfter } from '@driehoek/core';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportProblem,
  type ExerciseExport,
} from './exercise-export.document';

const EXERCISE_ID = '6f1c2a9e-3b1d-4c5e-9f00-1a2b3c4d5e6f';
const source = 'id: proef\n';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A document chained exactly as the event log chains its rows. */
function exportOf(count: number): ExerciseExport {
  const events = chainAfter(null, count, (seq) => ({
    exerciseId: EXERCISE_ID,
    type: 'inject.delivered',
    offsetMs: seq * 60_000,
    wallTime: new Date(Date.UTC(2026, 2, 12, 7, seq)).toISOString(),
    actor: 'system',
    audience: ['*'],
    payload: { injectId: `i-${seq}`, title: 'Één' },
  })).map(({ exerciseId: _id, ...event }) => event);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: '2026-03-12T12:00:00.000Z',
    exercise: {
      id: EXERCISE_ID,
      title: 'Proef',
      organisationName: 'Gemeente Hofstede',
      status: 'ended',
      speed: 1,
      createdAt: '2026-03-12T07:00:00.000Z',
    },
    scenario: { id: 'proef', version: 1, owner: 'shipped', contentHash: sha(source), source, content: {} },
    log: { count, headHash: events.at(-1)?.hash ?? GENESIS_HASH, events },
    improvementActions: null,
  };
}

describe(exportProblem.name, () => {
  it('should find nothing wrong with a document chained like the log, empty or not', () => {
    expect(exportProblem(exportOf(3), sha(source))).toBeUndefined();
    expect(exportProblem(exportOf(0), sha(source))).toBeUndefined();
  });

  it('should name the first event whose content was changed', () => {
    const doc = exportOf(4);
    doc.log.events[2].payload.title = 'Twee';
    expect(exportProblem(doc, sha(source))).toEqual({
      path: 'log.events[2]',
      message: 'event seq 3 does not verify: content does not match its hash',
      seq: 3,
    });
  });

  it('should refuse a document that belongs to another exercise id', () => {
    const doc = exportOf(2);
    doc.exercise.id = '00000000-0000-4000-8000-000000000000';
    expect(exportProblem(doc, sha(source))).toMatchObject({ path: 'log.events[0]', seq: 1 });
  });

  it('should refuse a cut-off log that claims more, a wrong head and a scenario changed after export', () => {
    const cut = exportOf(3);
    cut.log.events.pop();
    expect(exportProblem(cut, sha(source))).toMatchObject({ path: 'log.count' });
    const head = exportOf(3);
    head.log.headHash = GENESIS_HASH;
    expect(exportProblem(head, sha(source))).toMatchObject({ path: 'log.headHash' });
    expect(exportProblem(exportOf(1), sha('id: anders\n'))).toMatchObject({ path: 'scenario.contentHash' });
  });
});
