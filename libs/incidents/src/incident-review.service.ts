import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@driehoek/identity';
import { ImprovementPlan, type ImprovementActionView } from '@driehoek/improvement';
import type { NewIncidentReview } from './incident-review.dto';
import { IncidentService } from './incident.service';

/** The log entry of a post-incident review; the register's clocks skip it, the timeline shows it. */
export const REVIEW_RECORDED = 'review.recorded';

export interface ReviewRecordedPayload {
  summary: string;
  observations: NewIncidentReview['observations'];
  /** The improvement actions the review raised, in the organisation's plan. */
  actionIds: string[];
  by: string;
}

export interface IncidentReviewJson extends Omit<ReviewRecordedPayload, 'actionIds'> {
  incidentId: string;
  seq: number;
  recordedAt: string;
  actions: ImprovementActionView[];
}

/**
 * A CISO's post-incident review of a real incident: an entry in the incident's log (through the
 * register's seam: same transaction, hash chain and audit entry as its own facts) that raises its
 * actions into the organisation's improvement plan, beside the lessons of exercises.
 */
@Injectable()
export class IncidentReviews {
  constructor(
    private readonly incidents: IncidentService,
    private readonly plan: ImprovementPlan,
  ) {}

  async record(
    principal: Principal,
    organisationId: string,
    incidentId: string,
    input: NewIncidentReview,
  ): Promise<IncidentReviewJson> {
    // Named before they exist, so the chained log entry says which actions the review raised.
    const actionIds = input.actions.map(() => randomUUID());
    const payload: ReviewRecordedPayload = {
      summary: input.summary,
      observations: input.observations,
      actionIds,
      by: principal.email,
    };
    let actions: ImprovementActionView[] = [];
    const view = await this.incidents.appendEntries(
      principal,
      organisationId,
      incidentId,
      'incident.review-recorded',
      () => ({
        entries: [{ type: REVIEW_RECORDED, payload }],
        details: { observations: input.observations.length, actionIds },
        also: async (manager) => {
          actions = await this.plan.raise(
            principal,
            organisationId,
            input.actions,
            { kind: 'incident', incidentId },
            manager,
            { ids: actionIds },
          );
        },
      }),
    );
    const entry = view.timeline.findLast((e) => e.type === REVIEW_RECORDED)!;
    const { actionIds: _ids, ...recorded } = payload;
    return { incidentId, seq: entry.seq, recordedAt: entry.recordedAt, ...recorded, actions };
  }
}
