import { pdfText } from '../../../../test/support/pdf-text';
import { buildReport } from '../build-report';
import { fixtureEvents, fixtureScenario, FIXTURE_VERDICT } from '../testing/report-fixture';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';
import { reportDocument, type Block } from './report-document';

const report = buildReport({
  exercise: { id: 'ex-1', title: 'Oefening Hofstede: één crisis' },
  scenario: fixtureScenario(),
  scenarioVersion: 3,
  events: fixtureEvents(),
  verdict: FIXTURE_VERDICT,
});

describe('rendering the after-action report', () => {
  it('should write accessible HTML: lang, scoped headers, captions, no script, untrusted text escaped', () => {
    const html = renderHtml(reportDocument(report, 'nl'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<th scope="col">Rollen</th>');
    expect(html).toContain('<th scope="row">Besloten door</th>');
    expect(html).toContain('<caption>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Politie &lt;b&gt;niet&lt;/b&gt; betrokken');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain(FIXTURE_VERDICT.headHash);
  });

  it('should write English when asked', () => {
    const html = renderHtml(reportDocument(report, 'en'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('After-action report');
    expect(html).toContain('<th scope="col">Legal latest</th>');
  });

  it('should write Markdown whose untrusted text cannot format or break a table', () => {
    const md = renderMarkdown(reportDocument(report, 'nl'));
    expect(md).toContain('# Evaluatieverslag: Oefening Hofstede: één crisis');
    expect(md).toContain('Politie &lt;b>niet&lt;/b> betrokken \\| geen overleg');
    expect(md).not.toContain('<script');
    expect(md).toContain('| **Wettelijke grondslag** | Gemeentewet art. 176 |');
    expect(md).toContain('data:image/svg+xml;base64,');
  });

  it('should write an A4 PDF with title, date and "pagina X van Y" on every page, diacritics intact', async () => {
    const pdf = await renderPdf(reportDocument(report, 'nl'), report);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    const { pages } = await pdfText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(20);
    pages.forEach((text, i) => {
      expect(text).toContain('Oefening Hofstede: één crisis');
      expect(text).toContain('2026-11-23');
      expect(text).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
    const all = pages.join(' ');
    // The name breaks at its hyphen in a table cell; each part is checked whole.
    expect(all).toContain('Jolanda de Vries-');
    expect(all).toContain('Ünal');
    expect(all).toContain('Beëindigd');
    expect(all).toContain('Gemeentewet art. 176');
    expect(await renderPdf(reportDocument(report, 'nl'), report)).toEqual(pdf);
  });

  it('should write the English PDF footer', async () => {
    const { pages } = await pdfText(await renderPdf(reportDocument(report, 'en'), report));
    expect(pages[0]).toContain(`page 1 of ${pages.length}`);
  });
});

describe('the improvement-plan appendix', () => {
  const withPlan = buildReport({
    exercise: { id: 'ex-1', title: 'Oefening Hofstede' },
    scenario: fixtureScenario(),
    scenarioVersion: 3,
    events: fixtureEvents(),
    verdict: FIXTURE_VERDICT,
    improvementPlan: {
      asOf: '2026-07-01T10:30:00.000Z',
      actions: [
        {
          objective: null,
          areaForImprovement: 'Logboek',
          correctiveAction: 'Notulist aanwijzen',
          capabilityElement: 'equipment',
          responsibleOrganisation: 'Gemeente Hofstede',
          contact: null,
          start: null,
          due: '2026-09-01',
          status: 'in-progress',
        },
      ],
    },
  });

  it("should speak the report's language in its values and read its moment in Amsterdam time", () => {
    const nl = renderMarkdown(reportDocument(withPlan, 'nl'));
    expect(nl).toContain('| middelen |');
    expect(nl).toContain('| in uitvoering |');
    expect(nl).toContain('2026-07-01 12:30 (CEST)');
    const en = renderMarkdown(reportDocument(withPlan, 'en'));
    expect(en).toContain('| equipment |');
    expect(en).toContain('| in progress |');
  });
});

describe('the timeline on paper', () => {
  const events = fixtureEvents();
  const delivered = events.find((e) => e.type === 'inject.delivered')!;
  // The facilitator sends the first inject twice more, after everything else.
  const again = [1, 2].map((i) => ({
    ...delivered,
    seq: events.length + i,
    offsetMs: delivered.offsetMs + i * 3_600_000,
  }));
  const sentThrice = buildReport({
    exercise: { id: 'ex-1', title: 'Oefening Hofstede' },
    scenario: fixtureScenario(),
    scenarioVersion: 3,
    events: [...events, ...again],
    verdict: FIXTURE_VERDICT,
  });
  const timelineRows = (blocks: Block[]) =>
    blocks.find(
      (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.caption === 'Tijdlijn',
    )!.rows;

  it('should fold an inject sent again into its first row, with how often and when last, and say so', () => {
    const doc = reportDocument(sentThrice, 'nl', { foldRepeatedInjects: true });
    const rows = timelineRows(doc.blocks).filter((row) => row[3].startsWith('Melding'));
    expect(rows).toEqual([
      [
        String(delivered.seq),
        expect.any(String),
        'Inject',
        expect.stringContaining('Melding (3× afgeleverd, het laatst #'),
        'iedereen',
      ],
    ]);
    expect(rows[0][3]).toContain(`#${again[1].seq}, 2026-`);
    expect(doc.blocks).toContainEqual({
      kind: 'paragraph',
      text: expect.stringContaining(`De volledige tijdlijn (${sentThrice.timeline.length} regels)`),
    });
  });

  it('should keep every row in the other formats', () => {
    const rows = timelineRows(reportDocument(sentThrice, 'nl').blocks);
    expect(rows).toHaveLength(sentThrice.timeline.length);
    expect(rows.filter((row) => row[3] === 'Melding')).toHaveLength(3);
    expect(reportDocument(report, 'nl', { foldRepeatedInjects: true })).toEqual(reportDocument(report, 'nl'));
  });
});
