import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportForm } from '../player/report-forms';
import { IncidentReportForm } from './incident-report-form';
import { Moment, StageStatusText, useBilingual } from './readings';
import type { IncidentStage, IncidentView } from './use-incident';

const stageKey = (regime: string, stage: IncidentStage) =>
  `${regime}/${stage.stage}/${stage.requestId ?? ''}`;

/** A stage a report can go to now: it has a deadline, is required, and nothing was submitted. */
const open = (stage: IncidentStage) =>
  !stage.submittedAt && !stage.notRequired && stage.operationalDue !== null;

/**
 * Every clock of the incident and each of its stages, with both readings of its deadline in Dutch
 * time, what it waits for, and — for a stage that can be reported now — its report form.
 */
export function ClocksSection({
  view,
  query,
  canWrite,
  onChanged,
}: {
  view: IncidentView;
  query: { organisationId: string } | undefined;
  canWrite: boolean;
  onChanged: (view: IncidentView) => void;
}) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const [writing, setWriting] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  if (!view.clocks.length) return <p className="utrecht-paragraph">{t('incidents.clocks.none')}</p>;
  return (
    <>
      {sent && (
        <p className="dh-notice" role="status" tabIndex={-1} ref={sentRef}>
          {sent}
        </p>
      )}
      {view.clocks.map((clock) => {
        const headingId = `clock-${clock.regime}`;
        const current = clock.stages.find((stage) => stageKey(clock.regime, stage) === writing);
        const form = current && reportForm(clock.regime, current.stage);
        return (
          <section key={clock.regime} aria-labelledby={headingId} className="dh-incident-clock">
            <h3 className="utrecht-heading-3" id={headingId}>
              {bilingual(clock.label)}
            </h3>
            <div className="dh-table-scroll">
              <table className="utrecht-table dh-incidents-table">
                <caption className="dh-visually-hidden">{bilingual(clock.label)}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('incidents.columns.stage')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('incidents.columns.status')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('incidents.readings.operational')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('incidents.readings.legal')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('incidents.columns.submitted')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {clock.stages.map((stage) => {
                    const key = stageKey(clock.regime, stage);
                    const label = bilingual(stage.label);
                    return (
                      <tr className="utrecht-table__row" key={key} data-status={stage.status}>
                        <th scope="row" className="utrecht-table__header-cell">
                          {label}
                          <span className="dh-regime">
                            {' '}
                            {t('incidents.clocks.to', { recipient: bilingual(stage.recipient) })}
                          </span>
                        </th>
                        <td className="utrecht-table__cell">
                          <StageStatusText status={stage.status} />
                          {stage.waitingFor && (
                            <span className="dh-stage-note">
                              {t('incidents.clocks.waitingFor', { what: stage.waitingFor })}
                            </span>
                          )}
                          {stage.notRequired && (
                            <span className="dh-stage-note">
                              {t('incidents.clocks.notRequired', { why: stage.notRequired })}
                            </span>
                          )}
                          {canWrite && open(stage) && reportForm(clock.regime, stage.stage) && (
                            <button
                              type="button"
                              className="utrecht-button utrecht-button--secondary-action"
                              aria-expanded={writing === key}
                              aria-controls={`report-${clock.regime}`}
                              onClick={() => {
                                setSent(null);
                                setWriting(writing === key ? null : key);
                              }}
                            >
                              {writing === key
                                ? t('incidents.clocks.closeReport', { stage: label })
                                : t('incidents.clocks.writeReport', { stage: label })}
                            </button>
                          )}
                        </td>
                        <td className="utrecht-table__cell">
                          <Moment iso={stage.operationalDue} />
                        </td>
                        <td className="utrecht-table__cell">
                          <Moment iso={stage.legalLatest} />
                        </td>
                        <td className="utrecht-table__cell">
                          {stage.submittedAt ? (
                            <>
                              <Moment iso={stage.submittedAt} />
                              {stage.withinLegalLatest === false && (
                                <span className="dh-stage-note">{t('incidents.clocks.afterLegal')}</span>
                              )}
                            </>
                          ) : (
                            t('incidents.clocks.notSubmitted')
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {current && form && (
              <div id={`report-${clock.regime}`} className="dh-incident-panel">
                <h4 className="utrecht-heading-4">
                  {t('incidents.clocks.reportHeading', {
                    stage: bilingual(current.label),
                    recipient: bilingual(current.recipient),
                  })}
                </h4>
                <IncidentReportForm
                  key={writing}
                  incidentId={view.id}
                  query={query}
                  regime={clock.regime}
                  stage={current.stage}
                  requestId={current.requestId}
                  form={form}
                  late={current.status === 'missed'}
                  onSubmitted={(next) => {
                    onChanged(next);
                    setWriting(null);
                    const after = next.clocks
                      .find((c) => c.regime === clock.regime)
                      ?.stages.find((s) => s.stage === current.stage && s.requestId === current.requestId);
                    setSent(
                      t(
                        after?.status === 'met-late' ? 'incidents.clocks.sentLate' : 'incidents.clocks.sent',
                        {
                          stage: bilingual(current.label),
                        },
                      ),
                    );
                  }}
                />
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
