import { validateReport } from './validate-report';

const EARLY_WARNING = { suspectedMalicious: true, crossBorderImpact: false };
const AVG_NOTIFICATION = {
  nature: 'Ransomware encrypted the file server of the social domain',
  categoriesOfPeople: ['residents receiving benefits'],
  approxPeople: 4200,
  categoriesOfRecords: ['contact details', 'BSN'],
  approxRecords: 12000,
  dpoContact: 'FG, fg@gemeente.example',
  likelyConsequences: 'Identity fraud; publication on a leak site',
  measures: 'Server isolated, passwords reset, residents will be informed',
};

describe(validateReport.name, () => {
  it('should accept a complete early warning', () => {
    expect(validateReport('nis2', 'early-warning', EARLY_WARNING)).toEqual({
      ok: true,
      value: EARLY_WARNING,
    });
  });

  it('should name a missing field and say what it asks', () => {
    expect(validateReport('nis2', 'early-warning', { crossBorderImpact: false })).toEqual({
      ok: false,
      errors: [
        {
          path: 'suspectedMalicious',
          message: 'suspectedMalicious is required: are unlawful or malicious acts suspected?',
        },
      ],
    });
  });

  it('should accept an empty list of indicators of compromise ("where available")', () => {
    const notification = {
      earlyWarningUpdate: EARLY_WARNING,
      severity: 'high',
      impact: 'Services down',
      indicatorsOfCompromise: [],
    };
    expect(validateReport('nis2-trust-service', 'notification', notification).ok).toBe(true);
  });

  it('should give the path of a bad item in a list and of a nested field', () => {
    const notification = {
      earlyWarningUpdate: { suspectedMalicious: 'yes', crossBorderImpact: false },
      severity: 'huge',
      impact: 'Services down',
      indicatorsOfCompromise: ['185.0.2.10', ' '],
    };
    const result = validateReport('nis2', 'notification', notification);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'earlyWarningUpdate.suspectedMalicious',
        message: 'earlyWarningUpdate.suspectedMalicious must be true or false',
      },
      { path: 'severity', message: 'severity must be one of: low, medium, high, critical' },
      { path: 'indicatorsOfCompromise[1]', message: 'indicatorsOfCompromise[1] must not be empty' },
    ]);
  });

  it('should ask the final report for mitigation applied and ongoing', () => {
    const final = {
      description: 'd',
      severity: 'critical',
      impact: 'i',
      rootCause: 'Weak password on a VPN account without MFA',
      mitigation: { ongoing: 'none' },
      crossBorderImpact: false,
    };
    const result = validateReport('nis2', 'final-report', final);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['mitigation.applied']);
  });

  it('should require reasons for the delay only when the AVG notification is late', () => {
    expect(validateReport('avg', 'notification', AVG_NOTIFICATION).ok).toBe(true);
    expect(validateReport('avg', 'notification', AVG_NOTIFICATION, { late: true })).toEqual({
      ok: false,
      errors: [
        {
          path: 'reasonsForDelay',
          message:
            'reasonsForDelay is required: reasons for the delay: the notification is later than 72 hours after awareness',
        },
      ],
    });
    const withReasons = {
      ...AVG_NOTIFICATION,
      reasonsForDelay: 'Scope of the breach unclear until forensics',
    };
    expect(validateReport('avg', 'notification', withReasons, { late: true }).ok).toBe(true);
  });

  it.each([
    ['a negative number of people', { approxPeople: -1 }, 'approxPeople must not be negative'],
    ['a fraction of a record', { approxRecords: 10.5 }, 'approxRecords must be a whole number'],
    ['no categories of people', { categoriesOfPeople: [] }, 'categoriesOfPeople must name at least one'],
    [
      'a field the law does not ask for',
      { mood: 'tense' },
      'mood is not a field of the notification to the autoriteit persoonsgegevens',
    ],
  ])('should reject an AVG notification with %s', (_case, change, message) => {
    const result = validateReport('avg', 'notification', { ...AVG_NOTIFICATION, ...change });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([message]);
  });

  it('should require every recipient of a noodverordening notice to be informed', () => {
    const result = validateReport('noodverordening', 'notice', {
      recipientsInformed: { council: true, kingsCommissioner: false, chiefPublicProsecutor: true },
    });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'recipientsInformed.kingsCommissioner',
        message:
          "recipientsInformed.kingsCommissioner must be true: the King's Commissioner must be informed",
      },
    ]);
  });

  it('should check the CER initial notification and accept any custom report', () => {
    const cer = {
      nature: 'Outage of drinking-water telemetry',
      possibleConsequences: 'Loss of pressure',
      crossBorderImpact: false,
    };
    expect(validateReport('cer', 'initial-notification', cer).ok).toBe(true);
    expect(validateReport('custom', 'deadline', { anything: 1 }).ok).toBe(true);
  });

  it('should reject a payload that is not an object, and an unknown stage', () => {
    expect(validateReport('nis2', 'early-warning', 'yes')).toEqual({
      ok: false,
      errors: [{ path: '', message: 'the early warning must be an object' }],
    });
    expect(validateReport('avg', 'early-warning', {})).toEqual({
      ok: false,
      errors: [{ path: 'stage', message: 'stage must be one of: notification, data-subjects' }],
    });
  });
});
