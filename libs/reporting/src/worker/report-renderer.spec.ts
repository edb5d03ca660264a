import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';
import { AppException, ErrorCode } from '@driehoek/core';
import { buildMsel } from '@driehoek/scenario';
import { renderMselPdf } from '../msel/msel-pdf';
import { REPORT_FORMATS, renderReport } from '../render-report';
import { fixtureScenario, fixtureSource, longFixtureEvents } from '../testing/report-fixture';
import { ReportRenderer } from './report-renderer.service';

/** The longest the event loop waited, in ms, while `work` ran; and how long that took. */
async function loopDelayDuring(work: () => Promise<unknown>): Promise<{ maxDelayMs: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  // The histogram records the gap between two of its timer's turns: let it take a first one
  // before the work, and one after it, which records how long the last turn was held up.
  const turned = async (after: number) => {
    while (histogram.count <= after) await setTimeout(1);
  };
  histogram.enable();
  await turned(0);
  const began = performance.now();
  await work();
  const ms = performance.now() - began;
  await turned(histogram.count);
  histogram.disable();
  return { maxDelayMs: histogram.max / 1e6, ms };
}

describe(ReportRenderer.name, () => {
  let sut: ReportRenderer;

  afterEach(async () => {
    await sut.onModuleDestroy();
  });

  it('should render every format and language on a thread byte for byte as in-process', async () => {
    sut = new ReportRenderer({ REPORT_RENDER_TIMEOUT_MS: 60_000 });
    const source = fixtureSource();

    for (const format of REPORT_FORMATS)
      for (const lang of ['nl', 'en'] as const) {
        const onThread = await sut.report(source, format, lang);
        const inProcess = await renderReport(source, format, lang);
        expect(typeof onThread).toBe(typeof inProcess);
        if (typeof inProcess === 'string') expect(onThread).toBe(inProcess);
        else expect(Buffer.compare(onThread as Buffer, inProcess)).toBe(0);
      }
    const report = JSON.parse((await sut.report(source, 'json', 'nl')) as string);
    expect(report.verification).toMatchObject({ valid: true, count: 19 });
  });

  it('should make the MSEL PDF on a thread byte for byte as in-process', async () => {
    sut = new ReportRenderer({ REPORT_RENDER_TIMEOUT_MS: 60_000 });
    const msel = buildMsel(fixtureScenario(), 'nl');

    const pdf = await sut.mselPdf(msel);

    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(Buffer.compare(pdf, await renderMselPdf(msel))).toBe(0);
  });

  it('should keep the event loop free while the PDF of a long exercise is made', async () => {
    sut = new ReportRenderer({ REPORT_RENDER_TIMEOUT_MS: 60_000 });
    const source = fixtureSource(longFixtureEvents(3000));
    await sut.report(fixtureSource(), 'md', 'nl'); // the thread started, its modules loaded

    const inProcess = await loopDelayDuring(() => renderReport(source, 'pdf', 'nl'));
    const onThread = await loopDelayDuring(() => sut.report(source, 'pdf', 'nl'));

    // In-process the event loop waits for most of the render; with the thread it waits for
    // hardly any of it, on however busy a machine.
    expect(inProcess.maxDelayMs).toBeGreaterThan(inProcess.ms / 4);
    expect(onThread.maxDelayMs).toBeLessThan(onThread.ms / 10);
  });

  it('should answer 503 with the budget when a report takes longer than REPORT_RENDER_TIMEOUT_MS, and render the next', async () => {
    sut = new ReportRenderer({ REPORT_RENDER_TIMEOUT_MS: 1 });
    const source = fixtureSource();

    for (let i = 0; i < 2; i++) {
      const refused = await sut.report(source, 'pdf', 'nl').catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppException);
      expect(refused).toMatchObject({
        code: ErrorCode.ServiceUnavailable,
        message: expect.stringContaining('took longer than 1 ms'),
      });
    }
  });

  it('should answer 503 when more documents wait for a thread than the queue holds', async () => {
    sut = new ReportRenderer({ REPORT_RENDER_TIMEOUT_MS: 60_000 });
    const source = fixtureSource();

    const results = await Promise.allSettled(Array.from({ length: 9 }, () => sut.report(source, 'md', 'nl')));

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(8);
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({
      code: ErrorCode.ServiceUnavailable,
      message: 'Too many reports and PDFs are being made right now; try again in a moment',
    });
  });
});
