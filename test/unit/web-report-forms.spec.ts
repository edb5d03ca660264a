import { readFileSync } from 'node:fs';
import { REPORT_FORMS_FILE, generateReportForms } from '../../apps/web/scripts/report-forms';

describe('the web console report forms', () => {
  it('should be generated from the report schemas of libs/clocks', () => {
    // When this fails: run `node -r @swc-node/register apps/web/scripts/report-forms.ts` and
    // commit apps/web/src/player/report-forms.json.
    expect(readFileSync(REPORT_FORMS_FILE, 'utf8')).toBe(generateReportForms());
  });

  it('should ask for the reasons for a late GDPR notification, as the server does', () => {
    const forms = JSON.parse(generateReportForms());
    expect(forms.avg.notification.requiredWhenLate).toEqual(['reasonsForDelay']);
    expect(forms.nis2['early-warning'].fields).toEqual([
      { name: 'suspectedMalicious', kind: 'yes-no', required: true },
      { name: 'crossBorderImpact', kind: 'yes-no', required: true },
      { name: 'summary', kind: 'text', required: false },
    ]);
    expect(forms.custom.deadline).toEqual({ open: true, fields: [], requiredWhenLate: [] });
  });
});
