import type { AfterActionReport } from '../model/report';
import { barChartSvg } from './charts';
import { labels, type ReportLanguage } from './labels';

export interface ReportCharts {
  decisionLatency: { title: string; svg: string };
  acknowledgements: { title: string; svg: string };
}

const minutes = (ms: number | null) => (ms === null ? null : ms / 60_000);

/** The report's two charts, as SVG: decision latency and acknowledgement time per role. */
export function reportCharts(report: AfterActionReport, lang: ReportLanguage): ReportCharts {
  const l = labels(lang);
  const name = new Map(report.exercise.roles.map((r) => [r.id, r.name]));
  const roleName = (id: string) => name.get(id) ?? id;
  return {
    decisionLatency: {
      title: l.chartLatency,
      svg: barChartSvg(
        l.chartLatency,
        report.metrics.decisionLatency.byRole.map((r) => ({
          label: roleName(r.role),
          value: minutes(r.medianMs),
        })),
        lang,
        l.chartEmpty,
      ),
    },
    acknowledgements: {
      title: l.chartAcks,
      svg: barChartSvg(
        l.chartAcks,
        report.metrics.acknowledgements
          .filter((r) => r.delivered > 0)
          .map((r) => ({ label: roleName(r.role), value: minutes(r.medianMs) })),
        lang,
        l.chartEmpty,
      ),
    },
  };
}
