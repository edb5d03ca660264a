import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import { roleIn, type Principal } from '@driehoek/identity';
import {
  PLAYBOOK_ENTRIES,
  PlaybookLibrary,
  attachedPlaybookIds,
  type PlaybookAttachedPayload,
  type PlaybookStepInput,
  type PlaybookStepPayload,
} from '@driehoek/playbooks';
import { IncidentService } from './incident.service';
import type { IncidentPlaybookJson, IncidentViewJson } from './incident-view';

/**
 * Playbooks followed during a real incident, e.g. the CISO working through the ransomware playbook.
 * Attaching one and ticking off a step are entries in the incident's log (through the register's
 * seam: same transaction, hash chain and audit entry as its own facts), on the wall clock; progress
 * is part of the incident view.
 */
@Injectable()
export class IncidentPlaybooks {
  constructor(
    private readonly incidents: IncidentService,
    private readonly library: PlaybookLibrary,
  ) {}

  async attach(
    principal: Principal,
    organisationId: string,
    incidentId: string,
    playbookId: string,
  ): Promise<IncidentPlaybookJson> {
    const { playbook, contentHash } = this.library.get(playbookId);
    const view = await this.incidents.appendEntries(
      principal,
      organisationId,
      incidentId,
      'incident.playbook-attached',
      (logged) => {
        if (attachedPlaybookIds(logged).has(playbookId))
          throw new AppException(ErrorCode.Conflict, `Playbook "${playbookId}" is attached already`);
        const payload: PlaybookAttachedPayload = { playbookId, contentHash, title: playbook.title };
        return {
          entries: [{ type: PLAYBOOK_ENTRIES.attached, payload }],
          details: { playbookId, contentHash },
        };
      },
    );
    return progressOf(view, playbookId);
  }

  /** Ticked off by the signed-in member, in their organisation role, now. */
  async step(
    principal: Principal,
    organisationId: string,
    incidentId: string,
    input: PlaybookStepInput,
  ): Promise<IncidentPlaybookJson> {
    this.library.getForStep(input);
    // A platform administrator may act in an organisation without being a member of it.
    const role = roleIn(principal, organisationId) ?? 'platform-admin';
    const view = await this.incidents.appendEntries(
      principal,
      organisationId,
      incidentId,
      'incident.playbook-step',
      (logged) => {
        if (!attachedPlaybookIds(logged).has(input.playbookId))
          throw AppException.notFound(`Playbook "${input.playbookId}" in this incident`);
        const payload: PlaybookStepPayload = { ...input, role, by: principal.email };
        const { playbookId, stepId } = input;
        return { entries: [{ type: PLAYBOOK_ENTRIES.step, payload }], details: { playbookId, stepId, role } };
      },
    );
    return progressOf(view, input.playbookId);
  }
}

function progressOf(view: IncidentViewJson, playbookId: string): IncidentPlaybookJson {
  return view.playbooks.find((p) => p.playbookId === playbookId)!;
}
