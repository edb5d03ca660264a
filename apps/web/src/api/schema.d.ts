// Generated from docs/openapi.json by `npm run web:api-types`; do not edit.
// test/unit/web-api-types.spec.ts fails when this file is stale.
export interface paths {
  '/api/auth/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations addressed to you: to an organisation, or to one exercise of it, still open */
    get: operations['AuthController_receivedInvitations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitations/{invitationId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: you become a member of the organisation (a role you hold there already stays), or are granted the one exercise */
    post: operations['AuthController_acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitations/{invitationId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline an invitation: nothing is granted */
    post: operations['AuthController_declineInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password; returns a short-lived access token and a refresh token */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke this session: its tokens stop working at once */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who you are and your role in each organisation */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password; every other session of yours is signed out */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** New tokens for a refresh token; the old refresh token stops working, and presenting it again later ends the whole session (the tokens it was rotated into too) */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exercises of your organisations and those you were granted, newest first */
    get: operations['ExercisesController_list'];
    put?: never;
    /** Create an exercise (draft) from a stored scenario version; returns one join code per scenario role, shown only now */
    post: operations['ExercisesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One exercise: its status and the speed its clock runs (or will start) at */
    get: operations['ExercisesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a draft or ended exercise: read-only, and every join code stops working */
    post: operations['ExercisesController_archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The exercise clock now: status, speed, scenario offset and fictional date-time */
    get: operations['ExercisesController_clock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the speed and/or jump forward to a scenario offset; each is recorded as an event. What a jump passes over fires at once with its declared offset (when paused: on resume) */
    patch: operations['ExercisesController_adjustClock'];
    trace?: never;
  };
  '/api/exercises/{exerciseId}/clocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every regulatory clock of the exercise on scenario time: per stage the operational deadline, the legal latest and the status */
    get: operations['ExerciseClocksController_clocks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/clocks/{clockId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Play the outside world: the council meeting for a noodverordening, or NIS2 handling closed */
    patch: operations['ExerciseClocksController_setFacts'];
    trace?: never;
  };
  '/api/exercises/{exerciseId}/clocks/{clockId}/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Play the CSIRT: ask for an NIS2 intermediate report, due after the given time */
    post: operations['ExerciseClocksController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/debrief': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every debrief question with its answers (anonymous ones without a role) and the hot-wash points */
    get: operations['ExerciseLearningController_read'];
    put?: never;
    /** Answer a debrief question after the end (player, with the join code); `anonymous: true` stores no identity at all */
    post: operations['ExerciseLearningController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/debrief/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The debrief questions put to your role (player, with the join code) */
    get: operations['ExerciseLearningController_questions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/decisions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every recorded decision as CSV (RFC 4180, UTF-8 with BOM, formula cells neutralised): time, role, decided-by, decision point, option, beeld, oordeel, besluit, legal basis */
    get: operations['ExportsController_decisionsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the exercise (running or paused → ended): the clock stops, what is pending is cancelled */
    post: operations['ExercisesController_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The exercise log after a sequence number (facilitator view: every event) */
    get: operations['ExercisesController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/events/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the hash chain: {valid, count, headHash}, and the first broken event if any */
    get: operations['ExercisesController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole exercise as one JSON document: the scenario version (YAML and parsed), the exercise, the full hash-chained log (observations, debrief and hot-wash answers included) and its improvement actions */
    get: operations['ExportsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People from any organisation granted access to this exercise */
    get: operations['ExercisesController_grants'];
    put?: never;
    /** Invite someone (from any organisation) to this exercise only; the grant begins when they accept (GET /api/auth/invitations). The answer is the same whether or not the address has an account */
    post: operations['ExercisesController_addGrant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/grants/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a grant */
    delete: operations['ExercisesController_removeGrant'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/hotwash': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Capture a point of the group hot wash; every participant sees it */
    post: operations['ExerciseLearningController_capture'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/injects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The inject schedule: fired, pending and skipped, with due times on the scenario clock */
    get: operations['ExercisesController_schedule'];
    put?: never;
    /** Deliver an ad-hoc inject now */
    post: operations['ExercisesController_adHoc'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/injects/{injectId}/fire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fire a held (or any) scenario inject now; a queued one fires early and not again later. Once more only with {"again": true} */
    post: operations['ExercisesController_fire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/injects/{injectId}/postpone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a queued inject later on the scenario clock */
    post: operations['ExercisesController_postpone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/injects/{injectId}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a queued inject off the schedule */
    post: operations['ExercisesController_skip'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open invitations to this exercise (not yet answered, not expired) */
    get: operations['ExercisesController_grantInvitations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an open invitation to this exercise: it can no longer be accepted */
    delete: operations['ExercisesController_withdrawGrantInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/join-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which roles have a live join code (codes themselves are shown only when made) */
    get: operations['ExercisesController_joinCodes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/join-codes/{role}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new join code for a role; the role's previous code stops working */
    post: operations['ExercisesController_rotateJoinCode'];
    /** Revoke a role's join code */
    delete: operations['ExercisesController_revokeJoinCode'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/observations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The observations as they stand: the latest of each chain of corrections */
    get: operations['ExerciseLearningController_list'];
    put?: never;
    /** Record an observation (strength or area for improvement), or correct one with `supersedes`; staff only */
    post: operations['ExerciseLearningController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause the clock (running → paused) */
    post: operations['ExercisesController_pause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/playbooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The attached playbooks with the state of every step, per phase, role and clock */
    get: operations['ExercisePlaybooksController_list'];
    put?: never;
    /** Attach a playbook from the library; every participant sees it and can tick off steps */
    post: operations['ExercisePlaybooksController_attach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The after-action report, generated from the log and the scenario version: objectives with ratings, timeline and branches, decisions in BOB form, clocks, metrics with charts, hot wash, improvement plan appendix and a verification stamp (the log’s head hash) */
    get: operations['ExerciseReportController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume the clock (paused → running) */
    post: operations['ExercisesController_resume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/retests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The improvement actions this exercise's objectives re-test */
    get: operations['ExerciseRetestsController_list'];
    put?: never;
    /** Name an open action of the organisation that an objective of this exercise's scenario re-tests */
    post: operations['ExerciseRetestsController_link'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the exercise clock (draft → running); without a body at the speed chosen at creation, or at `speed` */
    post: operations['ExercisesController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exercises/{exerciseId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The facilitator timeline: what happened (the log, acknowledgements folded into their inject) and what is coming or was skipped (the schedule), on one scenario-time axis */
    get: operations['ExercisesController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Imported exercises of your organisations (platform admins: every organisation's), newest first */
    get: operations['ExportsController_list'];
    put?: never;
    /** Import an exercise export (up to 20mb) read-only for review, after recomputing its hash chain; it becomes the organisation's review copy */
    post: operations['ExportsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{importId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One import: where it came from, the exercise, the scenario version, the improvement actions */
    get: operations['ExportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{importId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The imported log after a sequence number, exactly as it was verified */
    get: operations['ExportsController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's incidents, newest first, with status, next deadline and notices */
    get: operations['IncidentsController_list'];
    put?: never;
    /** Open an incident with the clocks that apply (e.g. nis2 and avg) */
    post: operations['IncidentsController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stages due soon or missed across the register, soonest first */
    get: operations['IncidentsController_notices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One incident: every clock and stage (both readings), notices and the timeline */
    get: operations['IncidentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/awareness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record awareness (t0 of every clock): when, and who decided; once */
    post: operations['IncidentsController_recordAwareness'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that handling of the incident was closed; reports may still fall due */
    post: operations['IncidentsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a decision in BOB form (beeld, oordeel, besluit) and who took it */
    post: operations['IncidentsController_recordDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a note to the timeline */
    post: operations['IncidentsController_addNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/playbooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a playbook from the library, to follow it during the incident */
    post: operations['IncidentsController_attachPlaybook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/playbooks/steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tick off a step of an attached playbook, as you (email and organisation role), now; answers the playbook's progress */
    post: operations['IncidentsController_tickOffStep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a stage's report; checked against the stage's required contents (more when late, e.g. AVG reasonsForDelay) */
    post: operations['IncidentsController_submitReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the CSIRT requested an intermediate report, due when it said */
    post: operations['IncidentsController_requestReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a post-incident review in the incident's log; its actions join the organisation's improvement plan */
    post: operations['IncidentsController_recordReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the incident log's hash chain: {valid, count, headHash} */
    get: operations['IncidentsController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join an exercise as a player with the code of your role; no account needed */
    post: operations['JoinController_join'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your organisations (every organisation for platform admins) */
    get: operations['OrganisationsController_list'];
    put?: never;
    /** Create an organisation (a tenant); platform admins only */
    post: operations['OrganisationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation; 404 when you are not a member */
    get: operations['OrganisationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log of administrative actions in this organisation, newest first */
    get: operations['OrganisationsController_auditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}/improvement-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's improvement actions, soonest due first; ?status=open,in-progress */
    get: operations['ImprovementActionsController_list'];
    put?: never;
    /** Add an action, raised by observations of an exercise or by a real incident of the register */
    post: operations['ImprovementActionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}/improvement-actions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every improvement action as CSV (RFC 4180, UTF-8 with BOM, formula cells neutralised), in the order of the list: objective, area for improvement, corrective action, capability element, responsible organisation, contact role, start, completion, status, reason, source, re-tested in, id */
    get: operations['ImprovementPlanCsvController_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}/improvement-actions/{actionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One action as it now stands, with the exercises that re-test it */
    get: operations['ImprovementActionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an action (status, dates, owner …); each change is an entry in its history */
    patch: operations['ImprovementActionsController_update'];
    trace?: never;
  };
  '/api/organisations/{organisationId}/improvement-actions/{actionId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The action's append-only history: who changed what, when, oldest first */
    get: operations['ImprovementActionsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open invitations to this organisation (not yet answered, not expired) */
    get: operations['OrganisationsController_invitations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an open invitation: it can no longer be accepted */
    delete: operations['OrganisationsController_withdrawInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members and their roles */
    get: operations['OrganisationsController_members'];
    put?: never;
    /** Invite a person: they become a member when they accept (GET /api/auth/invitations). An address without an account gets one with this name and first password, which signs in to accept. The answer is the same whether or not the address had an account */
    post: operations['OrganisationsController_addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{organisationId}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from this organisation */
    delete: operations['OrganisationsController_removeMember'];
    options?: never;
    head?: never;
    /** Change a member's role (an organisation keeps at least one admin) */
    patch: operations['OrganisationsController_changeRole'];
    trace?: never;
  };
  '/api/organisations/{organisationId}/members/{userId}/revoke-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a member's access to this organisation at once: none of their current sessions reaches it any more (they sign in again); their other organisations are untouched. For a member of this organisation only, every session of theirs is revoked */
    post: operations['OrganisationsController_revokeSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/playbooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The playbook library: every shipped playbook with its content hash */
    get: operations['PlaybooksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/playbooks/{playbookId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A whole playbook: roles, phases and steps */
    get: operations['PlaybooksController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scenario library: one entry per copy (owner and id), latest version each — shipped ones, and your organisations' own (platform admins: every organisation's), each labelled with its owner */
    get: operations['ScenariosController_list'];
    put?: never;
    /** Validate a scenario (YAML) and store it as a new immutable version */
    post: operations['ScenariosController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a scenario (YAML) exactly as POST /api/scenarios does, and store nothing: for an editor, which sends the text as the author types. 200 whether or not it is valid; a valid one comes with its MSEL */
    post: operations['ScenariosController_check'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** JSON Schema of the scenario format, for editors and tooling */
    get: operations['ScenariosController_schema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scenario: the latest version, or the one asked for, of one copy — your organisation's own, else the shipped one; `owner` names a copy */
    get: operations['ScenariosController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/{id}/msel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The MSEL of a version of one copy (resolved as GET /api/scenarios/:id): every inject and decision point in scenario time order, with offset and fictional date-time, phase, from, to, channel, content, expected actions and facilitator notes; branch injects under the decision option, overdue decision or clock that schedules them */
    get: operations['MselController_msel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/{id}/source': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The YAML of a version of one copy, exactly as it was stored */
    get: operations['ScenariosController_source'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every stored version of one copy of a scenario, newest first (a fork has a history of its own) */
    get: operations['ScenariosController_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and readiness: database, Redis when configured, and the live event stream */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptedInvitationResponse: {
      /** Format: uuid */
      organisationId: string;
      /**
       * Format: uuid
       * @description Set when the invitation was to one exercise: a grant
       */
      exerciseId: string | null;
      /** @enum {string} */
      role: 'admin' | 'facilitator' | 'evaluator';
    };
    AuditEventResponse: {
      id: string;
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      actorUserId: string | null;
      actorLabel: string;
      /** Format: uuid */
      organisationId: string | null;
      action: string;
      targetType: string;
      targetId: string | null;
      details: {
        [key: string]: unknown;
      };
    };
    ChainVerdictResponse: {
      valid: boolean;
      count: number;
      headHash: string;
      brokenAt?: {
        seq: number;
        reason: string;
      };
    };
    ClockResponse: {
      /** @enum {string} */
      status: 'not-started' | 'running' | 'paused' | 'stopped';
      speed: number;
      offsetMs: number;
      /** @description Scenario offset now, e.g. "01:10" or "1d 08:30" */
      offset: string;
      /**
       * Format: date-time
       * @description The fictional scenario date-time now
       */
      scenarioTime: string;
    };
    CreatedExerciseResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'draft';
      title: string;
      /** Format: uuid */
      organisationId: string;
      scenario: {
        id: string;
        version: number;
        owner: components['schemas']['ScenarioOwnerResponse'];
      };
      joinCodes: components['schemas']['JoinCodeResponse'][];
      /** @description The organisation's improvement actions still open or in progress, soonest due first */
      openActions: components['schemas']['OpenActionResponse'][];
    };
    DebriefAnswerResponse: {
      seq: number;
    };
    DebriefQuestionResponse: {
      id: string;
      question: string;
      /**
       * @description scale: 1 (poor) to 5 (very good)
       * @enum {string}
       */
      kind: 'text' | 'scale';
      /** @description The roles asked; absent: every role */
      roles?: string[];
      /** @description Only questions asked of every role take anonymous answers */
      anonymousAllowed: boolean;
    };
    DebriefResponse: {
      questions: {
        id: string;
        question: string;
        /**
         * @description scale: 1 (poor) to 5 (very good)
         * @enum {string}
         */
        kind: 'text' | 'scale';
        /** @description The roles asked; absent: every role */
        roles?: string[];
        /** @description Only questions asked of every role take anonymous answers */
        anonymousAllowed: boolean;
        answers: {
          answer: string | number;
          anonymous: boolean;
          /** @description Absent for an anonymous answer */
          role?: string;
          seq: number;
          /** Format: date-time */
          scenarioTime: string;
        }[];
      }[];
      /** @description The points of the group hot wash, in order */
      hotwash: components['schemas']['HotwashPointResponse'][];
    };
    DeliveredResponse: {
      /** @enum {boolean} */
      delivered: true;
    };
    ErrorResponse: {
      statusCode: number;
      /** @description Stable machine-readable code: BAD_REQUEST, VALIDATION_FAILED, SCENARIO_INVALID, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNAUTHORIZED, FORBIDDEN, TOO_MANY_REQUESTS, RATE_LIMITED, SERVICE_UNAVAILABLE, INTERNAL */
      code: string;
      message: string;
      /** @description With VALIDATION_FAILED and SCENARIO_INVALID */
      errors?: components['schemas']['FieldErrorResponse'][];
      /** @description With SCENARIO_INVALID: the warnings the scenario has besides its errors (the first 100) */
      warnings?: components['schemas']['ScenarioProblemResponse'][];
      /** @description With SCENARIO_INVALID: how many errors there are; `errors` lists the first 100 in source order */
      errorCount?: number;
      /** @description With SCENARIO_INVALID: how many warnings there are; `warnings` lists the first 100 */
      warningCount?: number;
      /** @description With SCENARIO_INVALID: true when `errors` or `warnings` leaves some out */
      truncated?: boolean;
    };
    EventResponse: {
      /** Format: uuid */
      exerciseId: string;
      seq: number;
      type: string;
      offsetMs: number;
      /** Format: date-time */
      wallTime: string;
      actor: string | null;
      /** @description Scenario roles that may see it; "*" for every player; empty for staff only */
      audience: string[];
      payload: {
        [key: string]: unknown;
      };
      previousHash: string;
      hash: string;
    };
    ExerciseExportResponse: {
      /** @enum {string} */
      format: 'driehoek.exercise-export';
      /** @enum {number} */
      formatVersion: 1;
      /** Format: date-time */
      exportedAt: string;
      exercise: {
        /**
         * Format: uuid
         * @description The exercise id at the source; part of every hashed event
         */
        id: string;
        title: string;
        organisationName: string;
        /** @enum {string} */
        status: 'draft' | 'running' | 'paused' | 'ended' | 'archived';
        speed: number;
        /** Format: date-time */
        createdAt: string;
      };
      scenario: {
        id: string;
        version: number;
        /** @enum {string} */
        owner: 'shipped' | 'organisation';
        /** @description sha256 of `source` */
        contentHash: string;
        /** @description The YAML exactly as stored */
        source: string;
        /** @description The scenario as parsed and validated */
        content: {
          [key: string]: unknown;
        };
      };
      log: {
        count: number;
        /** @description The hash of the last event; 00000000… for an empty log */
        headHash: string;
        events: components['schemas']['ImportedEventResponse'][];
      };
      /** @description The improvement actions the exercise raised or re-tests, as they stood at export; null from an installation that keeps no improvement plan */
      improvementActions:
        | {
            [key: string]: unknown;
          }[]
        | null;
    };
    ExerciseImportDetailResponse: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The importing organisation; its members read the copy
       */
      organisationId: string;
      /** Format: date-time */
      importedAt: string;
      /** Format: uuid */
      importedBy: string | null;
      /** Format: date-time */
      exportedAt: string;
      exercise: {
        /**
         * Format: uuid
         * @description The exercise id at the source; part of every hashed event
         */
        id: string;
        title: string;
        organisationName: string;
        /** @enum {string} */
        status: 'draft' | 'running' | 'paused' | 'ended' | 'archived';
        speed: number;
        /** Format: date-time */
        createdAt: string;
      };
      scenario: {
        id: string;
        version: number;
        /** @enum {string} */
        owner: 'shipped' | 'organisation';
        /** @description sha256 of `source` */
        contentHash: string;
        /** @description The YAML exactly as stored */
        source: string;
        /** @description The scenario as parsed and validated */
        content: {
          [key: string]: unknown;
        };
      };
      eventCount: number;
      /** @description The head of the chain as verified on import */
      headHash: string;
      /** @description The improvement actions the exercise raised or re-tests, as they stood at export; null from an installation that keeps no improvement plan */
      improvementActions:
        | {
            [key: string]: unknown;
          }[]
        | null;
    };
    ExerciseImportResponse: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The importing organisation; its members read the copy
       */
      organisationId: string;
      /** Format: date-time */
      importedAt: string;
      /** Format: uuid */
      importedBy: string | null;
      /** Format: date-time */
      exportedAt: string;
      exercise: {
        /** Format: uuid */
        id: string;
        title: string;
        organisationName: string;
      };
      scenario: {
        id: string;
        version: number;
      };
      eventCount: number;
      /** @description The head of the chain as verified on import */
      headHash: string;
    };
    ExerciseResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      /** Format: uuid */
      scenarioVersionId: string;
      title: string;
      /** @enum {string} */
      status: 'draft' | 'running' | 'paused' | 'ended' | 'archived';
      speed: number;
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      archivedAt: string | null;
    };
    FieldErrorResponse: {
      /** @description Field path, e.g. injects[3].audience[0]; "" for the body as a whole */
      path: string;
      message: string;
      /** @description Stable kind of problem. A body or query that fails its schema: missing-field, unknown-field, wrong-type, invalid-value. A scenario (SCENARIO_INVALID): the same code as `npm run scenarios:check` prints, e.g. unknown-reference, duplicate-id, yaml-syntax. Absent on refusals by a rule of the exercise, e.g. a clock jump backwards (path jumpTo) */
      code?: string;
      /** @description 1-based, for YAML input */
      line?: number;
      /** @description 1-based, for YAML input */
      column?: number;
    };
    GrantResponse: {
      /** Format: uuid */
      userId: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'facilitator' | 'evaluator';
      /** Format: date-time */
      createdAt: string;
    };
    HealthResponse: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      checks: {
        database: {
          /** @enum {string} */
          status: 'up' | 'down';
          latencyMs?: number;
          error?: string;
        };
        redis?: {
          /** @enum {string} */
          status: 'up' | 'down';
          latencyMs?: number;
          error?: string;
        };
        eventStream?: {
          /** @enum {string} */
          status: 'up' | 'down';
          latencyMs?: number;
          error?: string;
        };
      };
    };
    HotwashPointCapturedResponse: {
      seq: number;
      /** Format: uuid */
      pointId: string;
    };
    HotwashPointResponse: {
      /** Format: uuid */
      pointId: string;
      text: string;
      /** @enum {string} */
      kind?: 'strength' | 'area-for-improvement';
      capturedBy: string;
      seq: number;
      /** Format: date-time */
      scenarioTime: string;
      /** Format: date-time */
      wallTime: string;
    };
    ImportedEventResponse: {
      seq: number;
      type: string;
      offsetMs: number;
      /** Format: date-time */
      wallTime: string;
      actor: string | null;
      audience: string[];
      payload: {
        [key: string]: unknown;
      };
      previousHash: string;
      hash: string;
    };
    ImprovementActionChangeResponse: {
      seq: number;
      /** @enum {string} */
      kind: 'created' | 'updated' | 'retest-linked';
      /** Format: date-time */
      recordedAt: string;
      /** @description Who: the signed-in e-mail address */
      actor: string;
      /** @description Each field changed, with its value before and after */
      changes: {
        [key: string]: {
          from: unknown;
          to: unknown;
        };
      };
    };
    ImprovementActionResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      objective: {
        /** @description A scenario objective's id; null for free text */
        id: string | null;
        title: string;
      } | null;
      areaForImprovement: string;
      correctiveAction: string;
      /** @enum {string} */
      capabilityElement: 'planning' | 'organisation' | 'equipment' | 'training' | 'exercise';
      responsibleOrganisation: string;
      contactRole: string | null;
      /** Format: date */
      startDate: string | null;
      /** Format: date */
      dueDate: string | null;
      /** @enum {string} */
      status: 'open' | 'in-progress' | 'done' | 'dropped';
      /** @description Why it was dropped; set exactly when status is dropped */
      reason: string | null;
      source:
        | {
            /** @enum {string} */
            kind: 'exercise';
            /** Format: uuid */
            exerciseId: string;
            observationIds: string[];
          }
        | {
            /** @enum {string} */
            kind: 'incident';
            /** Format: uuid */
            incidentId: string;
          };
      /** @description Objectives of later exercises that re-test it */
      retestedIn: {
        /** Format: uuid */
        exerciseId: string;
        objectiveId: string;
      }[];
      /** @description The seq of its last history entry */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    IncidentNoticeResponse: {
      /** @enum {string} */
      regime: 'nis2' | 'nis2-trust-service' | 'avg' | 'cer';
      stage: string;
      requestId?: string;
      label: {
        nl: string;
        en: string;
      };
      /** @enum {string} */
      status: 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';
      /** Format: date-time */
      operationalDue: string;
      /** Format: date-time */
      legalLatest: string | null;
      /** @description The instants beside it as read in Europe/Amsterdam, e.g. "2026-03-30 10:17 (CEST)"; only those set */
      local: {
        [key: string]: string;
      };
      incident: {
        /** Format: uuid */
        id: string;
        title: string;
        /** @enum {string} */
        status: 'open' | 'closed';
      };
    };
    IncidentReviewResponse: {
      /** Format: uuid */
      incidentId: string;
      /** @description The review's entry in the incident's log */
      seq: number;
      /** Format: date-time */
      recordedAt: string;
      summary: string;
      observations: {
        /** @enum {string} */
        kind: 'strength' | 'area-for-improvement';
        text: string;
      }[];
      by: string;
      /** @description Raised into the organisation's improvement plan */
      actions: components['schemas']['ImprovementActionResponse'][];
    };
    IncidentSummaryResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      title: string;
      description: string | null;
      /**
       * @description closed once handling is closed; reports may still fall due
       * @enum {string}
       */
      status: 'open' | 'closed';
      regimes: ('nis2' | 'nis2-trust-service' | 'avg' | 'cer')[];
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      detectedAt: string | null;
      /**
       * Format: date-time
       * @description t0 of every clock
       */
      awareAt: string | null;
      /** Format: date-time */
      handlingClosedAt: string | null;
      /** @description The earliest operational deadline with nothing submitted yet (a missed one comes first) */
      nextDeadline: {
        /** @enum {string} */
        regime: 'nis2' | 'nis2-trust-service' | 'avg' | 'cer';
        stage: string;
        requestId?: string;
        label: {
          nl: string;
          en: string;
        };
        /** @enum {string} */
        status: 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';
        /** Format: date-time */
        operationalDue: string;
        /** Format: date-time */
        legalLatest: string | null;
        /** @description The instants beside it as read in Europe/Amsterdam, e.g. "2026-03-30 10:17 (CEST)"; only those set */
        local: {
          [key: string]: string;
        };
      } | null;
      /** @description Stages due soon or missed */
      noticeCount: number;
    };
    IncidentViewResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      title: string;
      description: string | null;
      /**
       * @description closed once handling is closed; reports may still fall due
       * @enum {string}
       */
      status: 'open' | 'closed';
      regimes: ('nis2' | 'nis2-trust-service' | 'avg' | 'cer')[];
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      detectedAt: string | null;
      /**
       * Format: date-time
       * @description t0 of every clock
       */
      awareAt: string | null;
      /** Format: date-time */
      handlingClosedAt: string | null;
      /** @description The earliest operational deadline with nothing submitted yet (a missed one comes first) */
      nextDeadline: {
        /** @enum {string} */
        regime: 'nis2' | 'nis2-trust-service' | 'avg' | 'cer';
        stage: string;
        requestId?: string;
        label: {
          nl: string;
          en: string;
        };
        /** @enum {string} */
        status: 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';
        /** Format: date-time */
        operationalDue: string;
        /** Format: date-time */
        legalLatest: string | null;
        /** @description The instants beside it as read in Europe/Amsterdam, e.g. "2026-03-30 10:17 (CEST)"; only those set */
        local: {
          [key: string]: string;
        };
      } | null;
      /** @description Stages due soon or missed */
      noticeCount: number;
      /** @description The instants beside it as read in Europe/Amsterdam, e.g. "2026-03-30 10:17 (CEST)"; only those set */
      local: {
        [key: string]: string;
      };
      /**
       * Format: date-time
       * @description The moment the clocks were computed for
       */
      now: string;
      awareness: {
        /** Format: date-time */
        at: string;
        by: string;
        role?: string;
        note?: string;
      } | null;
      clocks: {
        /** @enum {string} */
        regime: 'nis2' | 'nis2-trust-service' | 'avg' | 'cer';
        label: {
          nl: string;
          en: string;
        };
        stages: {
          stage: string;
          requestId?: string;
          label: {
            nl: string;
            en: string;
          };
          recipient: {
            nl: string;
            en: string;
          };
          /** @enum {string} */
          status: 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';
          /** Format: date-time */
          startedAt: string | null;
          /**
           * Format: date-time
           * @description The deadline to aim for
           */
          operationalDue: string | null;
          /**
           * Format: date-time
           * @description The latest reading under Reg. 1182/71, shown beside it
           */
          legalLatest: string | null;
          /** Format: date-time */
          dueSoonFrom: string | null;
          /** Format: date-time */
          submittedAt: string | null;
          withinLegalLatest: boolean | null;
          /** @description What has to happen before this stage has a deadline */
          waitingFor: string | null;
          notRequired: string | null;
          /** @description The instants beside it as read in Europe/Amsterdam, e.g. "2026-03-30 10:17 (CEST)"; only those set */
          local: {
            [key: string]: string;
          };
        }[];
      }[];
      /** @description Stages due soon or missed, soonest first */
      notices: {
        /** @enum {string} */
        regime: 'nis2' | 'nis2-trust-service' | 'avg' | 'cer';
        stage: string;
        requestId?: string;
        label: {
          nl: string;
          en: string;
        };
        /** @enum {string} */
        status: 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';
        /** Format: date-time */
        operationalDue: string;
        /** Format: date-time */
        legalLatest: string | null;
        /** @description The instants beside it as read in Europe/Amsterdam, e.g. "2026-03-30 10:17 (CEST)"; only those set */
        local: {
          [key: string]: string;
        };
      }[];
      timeline: {
        seq: number;
        type: string;
        /** Format: date-time */
        recordedAt: string;
        actor: string | null;
        payload: {
          [key: string]: unknown;
        };
        hash: string;
      }[];
      /** @description The attached playbooks, in the order attached */
      playbooks: components['schemas']['PlaybookProgressResponse'][];
    };
    /** @description An open invitation, as the inviting side sees it: the same whether or not the address has an account */
    InvitationResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      /**
       * Format: uuid
       * @description Set for an invitation to one exercise (a grant once accepted)
       */
      exerciseId: string | null;
      /** @description The address invited, lower-cased */
      email: string;
      /** @enum {string} */
      role: 'admin' | 'facilitator' | 'evaluator';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
    };
    JoinCodeResponse: {
      role: string;
      roleName: string;
      /** @description e.g. 7KQ2-M9XD-4HTA; case, spaces and dashes do not matter */
      code: string;
    };
    JoinCodeStatusResponse: {
      role: string;
      active: boolean;
      /** Format: date-time */
      createdAt: string | null;
    };
    MeResponse: {
      /** Format: uuid */
      userId: string;
      email: string;
      name: string;
      platformAdmin: boolean;
      memberships: {
        /** Format: uuid */
        organisationId: string;
        /** @enum {string} */
        role: 'admin' | 'facilitator' | 'evaluator';
      }[];
    };
    MemberResponse: {
      /** Format: uuid */
      userId: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'admin' | 'facilitator' | 'evaluator';
      disabled: boolean;
    };
    MselResponse: {
      scenarioId: string;
      title: string;
      /**
       * @description Of the labels; the content is the scenario's
       * @enum {string}
       */
      language: 'nl' | 'en';
      startsAt: string;
      timeZone: string;
      /** @description In scenario time order, as GET /api/scenarios/:id/msel lists them */
      rows: {
        /**
         * @description On the main timeline, a branch inject (scheduled by a decision option, an overdue decision or a clock), held for the facilitator, a decision point, or scheduled by nothing
         * @enum {string}
         */
        kind: 'inject' | 'branch' | 'held' | 'decision-point' | 'unscheduled';
        /** @description How deep under what schedules it a branch row sits; 0 on the main timeline */
        depth: number;
        /** @description On the exercise clock, e.g. "00:10"; null when it depends on the play */
        offset: string | null;
        /** @description The fictional date-time in the scenario's zone, e.g. "2026-03-12 08:10 (CET)" */
        localTime: string | null;
        /** @description When it comes, as the facilitator reads it: the offset, or relative to its trigger */
        when: string;
        phase: string;
        id: string;
        title: string;
        from: string;
        to: string;
        channel: string;
        content: string;
        expectedActions: string;
        facilitatorNotes: string;
      }[];
    };
    ObservationRecordedResponse: {
      /** @description The seq of the observation.recorded event */
      seq: number;
      /** Format: uuid */
      observationId: string;
    };
    ObservationResponse: {
      /** Format: uuid */
      observationId: string;
      /** @enum {string} */
      kind: 'strength' | 'area-for-improvement';
      objectiveId?: string;
      expectedActionId?: string;
      roles: string[];
      /** @description The events of this exercise it refers to */
      seqs: number[];
      text: string;
      /**
       * @description HSEEP: performed without challenges (P), with some (S), with major challenges (M), unable to be performed (U)
       * @enum {string}
       */
      rating?: 'P' | 'S' | 'M' | 'U';
      /** @description Who recorded it (e-mail address) */
      observer: string;
      /**
       * Format: uuid
       * @description The observation this one corrects
       */
      supersedes?: string;
      seq: number;
      offsetMs: number;
      /** Format: date-time */
      scenarioTime: string;
      /** Format: date-time */
      wallTime: string;
      /** @description The observationIds this one corrects, oldest first */
      history: string[];
    };
    OpenActionResponse: {
      /** Format: uuid */
      id: string;
      areaForImprovement: string;
      correctiveAction: string;
      /** Format: date */
      dueDate: string | null;
      /** @enum {string} */
      status: 'open' | 'in-progress' | 'done' | 'dropped';
    };
    OrganisationResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: date-time */
      createdAt: string;
    };
    PlaybookDetailResponse: {
      id: string;
      /** @description sha256 of the YAML source, hex: record it to say exactly which version was followed */
      contentHash: string;
      /** @description The validated playbook; its format is playbooks/schema.json */
      playbook: {
        $schema?: string;
        /** @description Playbook id: lower-case letters, digits and dashes; unique within its list */
        id: string;
        /** @description Title of the playbook */
        title: string;
        /** @description One paragraph for the library list: when to use it */
        summary: string;
        /**
         * @default nl
         * @enum {string}
         */
        language: 'nl' | 'en';
        /** @description Kinds of incident the playbook is for, e.g. ransomware, online-disorder, ddos */
        appliesTo: string[];
        roles: {
          /** @description Role id: lower-case letters, digits and dashes; unique within its list */
          id: string;
          /** @description Display name of the role, e.g. "Burgemeester" */
          name: string;
          /**
           * @description The organisation the role belongs to
           * @enum {string}
           */
          organisation:
            | 'gemeente'
            | 'politie'
            | 'om'
            | 'veiligheidsregio'
            | 'ibd'
            | 'leverancier'
            | 'rijk'
            | 'toezichthouder'
            | 'media'
            | 'burger'
            | 'anders';
          /** @description What this role does in the exercise */
          description?: string;
        }[];
        phases?: {
          /** @description Phase id: lower-case letters, digits and dashes; unique within its list */
          id: string;
          /** @description Display name of the phase, e.g. "Detectie en inperking" */
          name: string;
          description?: string;
        }[];
        steps: {
          /** @description Step id: lower-case letters, digits and dashes; unique within its list */
          id: string;
          /** @description Short imperative title shown on the checklist */
          title: string;
          /** @description What to do, for whom, and what "done" looks like */
          description: string;
          /** @description The role that carries out the step and ticks it off */
          owner: string;
          /** @description The id of a phase declared in this playbook */
          phase?: string;
          /** @description The regulatory clock stage this step meets, e.g. {regime: nis2, stage: early-warning} */
          clock?: {
            /** @enum {string} */
            regime: 'nis2' | 'nis2-trust-service' | 'avg' | 'cer' | 'noodverordening';
            /** @description The stage of the regime this step meets, e.g. "early-warning" for nis2 */
            stage: string;
          };
          /** @description Steps that must be done first; until then this step shows as blocked */
          dependsOn?: string[];
          /** @description Legal bases the step rests on, e.g. "Gemeentewet art. 176" */
          legalBasis?: string[];
        }[];
      };
    };
    PlaybookProgressResponse: {
      playbookId: string;
      title: string;
      /**
       * Format: date-time
       * @description Scenario time in an exercise, the wall clock in an incident
       */
      attachedAt: string;
      /** @description A newer release changed the playbook since it was attached */
      changedSinceAttached: boolean;
      /** @description No longer shipped: its steps are unknown; the log keeps what was done */
      withdrawn: boolean;
      steps: {
        stepId: string;
        title: string;
        owner: string;
        phase: string | null;
        /** @enum {string} */
        status: 'open' | 'done' | 'blocked';
        /**
         * Format: date-time
         * @description Scenario time in an exercise, the wall clock in an incident
         */
        completedAt: string | null;
        by: string | null;
        role: string | null;
        note: string | null;
        blockedBy: string[];
        clock: {
          regime: string;
          stage: string;
        } | null;
      }[];
      totals: {
        total: number;
        done: number;
        open: number;
        blocked: number;
        percentDone: number;
      };
      phases: {
        total: number;
        done: number;
        open: number;
        blocked: number;
        phaseId: string | null;
        name: string | null;
      }[];
      roles: {
        total: number;
        done: number;
        open: number;
        blocked: number;
        roleId: string;
        name: string;
      }[];
      clocks: {
        regime: string;
        stage: string;
        stepIds: string[];
        done: boolean;
      }[];
      ignoredRecords: number;
    };
    PlaybookSummaryResponse: {
      id: string;
      title: string;
      summary: string;
      /** @enum {string} */
      language: 'nl' | 'en';
      /** @description Kinds of incident, e.g. ransomware, online-disorder */
      appliesTo: string[];
      stepCount: number;
      /** @description sha256 of the YAML source, hex: record it to say exactly which version was followed */
      contentHash: string;
    };
    PlayerJoinResponse: {
      /** Format: uuid */
      exerciseId: string;
      role: string;
      roleName: string;
      /** @description Bearer token of this player; valid while the code is live and the exercise not archived */
      playerToken: string;
    };
    ReceivedInvitationResponse: {
      /** Format: uuid */
      id: string;
      organisation: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      /** @description The exercise, for an invitation to one exercise only; null for a membership */
      exercise: {
        /** Format: uuid */
        id: string;
        title: string;
      } | null;
      /** @enum {string} */
      role: 'admin' | 'facilitator' | 'evaluator';
      invitedBy: {
        name: string;
      } | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
    };
    RegulatoryClockResponse: {
      id: string;
      /** @enum {string} */
      regime: 'nis2' | 'nis2-trust-service' | 'avg' | 'cer' | 'noodverordening' | 'custom';
      label: string;
      description: string | null;
      role: string | null;
      /** @description Roles that see this clock and its reports (`*`: every player); staff see every clock */
      audience: string[];
      /** @description Custom clocks: to whom the report goes */
      recipient: string | null;
      running: boolean;
      /**
       * Format: date-time
       * @description t0 on scenario time: awareness, or the by-law issued
       */
      startedAt: string | null;
      startsBy:
        | {
            /** @enum {string} */
            kind: 'schedule';
            at: string;
          }
        | {
            /** @enum {string} */
            kind: 'decision';
            decision: string;
            option: string;
          }
        | {
            /** @enum {string} */
            kind: 'awareness';
          };
      /** Format: date-time */
      nextChangeAt: string | null;
      /** @description startedAt as read in the scenario’s zone */
      local: {
        [key: string]: string;
      };
      stages: {
        stage: string;
        requestId?: string;
        label: {
          nl: string;
          en: string;
        };
        recipient: {
          nl: string;
          en: string;
        };
        /** @enum {string} */
        status: 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';
        /** Format: date-time */
        startedAt: string | null;
        /**
         * Format: date-time
         * @description The deadline to aim for
         */
        operationalDue: string | null;
        /**
         * Format: date-time
         * @description The latest reading under Reg. 1182/71, shown beside it
         */
        legalLatest: string | null;
        /** Format: date-time */
        dueSoonFrom: string | null;
        /** Format: date-time */
        submittedAt: string | null;
        withinLegalLatest: boolean | null;
        /** @description What has to happen before this stage has a deadline */
        waitingFor: string | null;
        notRequired: string | null;
        /** @description The instants above that are set, as read in the scenario’s zone: "2026-03-30 10:17 (CEST)" */
        local: {
          [key: string]: string;
        };
      }[];
    };
    RegulatoryClocksResponse: {
      /** Format: date-time */
      scenarioTime: string;
      clocks: components['schemas']['RegulatoryClockResponse'][];
    };
    RetestResponse: {
      /** Format: uuid */
      exerciseId: string;
      objectiveId: string;
      /** Format: uuid */
      actionId: string;
      areaForImprovement: string;
      correctiveAction: string;
      /** @enum {string} */
      status: 'open' | 'in-progress' | 'done' | 'dropped';
      /** Format: date-time */
      createdAt: string;
    };
    RevokedSessionsResponse: {
      /** @description How many live sessions of the member no longer reach this organisation */
      revoked: number;
    };
    ScenarioCheckResponse: {
      /** @description No errors: POST /api/scenarios would store this document */
      valid: boolean;
      /** @description The first 100 errors in source order, each with `path`, `line`, `column`, `message` and `code` */
      errors: components['schemas']['ScenarioProblemResponse'][];
      /** @description The first 100 warnings in source order */
      warnings: components['schemas']['ScenarioProblemResponse'][];
      errorCount: number;
      warningCount: number;
      /** @description true when `errors` or `warnings` leaves some out */
      truncated: boolean;
      /** @description The MSEL of a valid document; null when it has errors */
      msel: components['schemas']['MselResponse'] | null;
    };
    ScenarioDetailResponse: {
      id: string;
      owner: components['schemas']['ScenarioOwnerResponse'];
      /**
       * Format: uuid
       * @description The owning organisation, as in `owner`; null for a shipped scenario
       */
      organisationId: string | null;
      version: number;
      /** @enum {string} */
      origin: 'shipped' | 'upload';
      /** @description sha256 of the YAML source, hex */
      contentHash: string;
      /** Format: date-time */
      createdAt: string;
      /** @description The validated scenario; see GET /api/scenarios/schema */
      scenario: {
        [key: string]: unknown;
      };
    };
    /** @description Who owns this copy: `shipped` (the platform), or an organisation (its own fork or upload); choose a copy with `?owner=shipped|<organisationId>` */
    ScenarioOwnerResponse:
      | {
          /** @enum {string} */
          kind: 'shipped';
        }
      | {
          /** @enum {string} */
          kind: 'organisation';
          /** Format: uuid */
          organisationId: string;
          name: string;
        };
    ScenarioProblemResponse: {
      /** @enum {string} */
      severity: 'error' | 'warning';
      code: string;
      path: string;
      line: number;
      column: number;
      message: string;
    };
    ScenarioSummaryResponse: {
      id: string;
      owner: components['schemas']['ScenarioOwnerResponse'];
      /**
       * Format: uuid
       * @description The owning organisation, as in `owner`; null for a shipped scenario
       */
      organisationId: string | null;
      title: string;
      summary: string;
      language: string;
      tags: string[];
      latestVersion: number;
      durationMinutes: number;
      counts: {
        roles: number;
        injects: number;
        decisionPoints: number;
        phases: number;
      };
      /** Format: date-time */
      updatedAt: string;
    };
    ScenarioVersionResponse: {
      version: number;
      /** @enum {string} */
      origin: 'shipped' | 'upload';
      /** @description sha256 of the YAML source, hex */
      contentHash: string;
      /** Format: date-time */
      createdAt: string;
    };
    ScheduledItemResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      exerciseId: string;
      /** @enum {string} */
      kind: 'inject' | 'decision-open' | 'decision-due' | 'clock-start' | 'clock-check';
      refId: string;
      occurrence: number;
      dueOffsetMs: number;
      /**
       * @description cancelled: left unfired when the exercise ended
       * @enum {string}
       */
      status: 'pending' | 'fired' | 'skipped' | 'cancelled';
      cause: {
        [key: string]: unknown;
      };
      firedSeq: number | null;
    };
    StoreResultResponse: {
      id: string;
      /**
       * Format: uuid
       * @description The owning organisation; null for a shipped scenario
       */
      organisationId: string | null;
      version: number;
      /** @description false when the upload was identical to the latest version */
      created: boolean;
      warnings: components['schemas']['ScenarioProblemResponse'][];
    };
    TimelineResponse: {
      /** Format: uuid */
      exerciseId: string;
      /** @enum {string} */
      status: 'draft' | 'running' | 'paused' | 'ended' | 'archived';
      clock: components['schemas']['ClockResponse'];
      /** @description By scenario offset; at equal offsets events (by seq) before scheduled items. Events are the log without inject.acknowledged (folded into the inject); scheduled items are those not fired */
      entries: (
        | {
            /** @enum {string} */
            kind: 'event';
            seq: number;
            type: string;
            offsetMs: number;
            /** Format: date-time */
            scenarioTime: string;
            /** Format: date-time */
            wallTime: string;
            actor: string | null;
            audience: string[];
            /** @description The inject's title, the decision point's question or the decision's besluit */
            title: string | null;
            ref: {
              injectId?: string;
              occurrence?: number;
              decisionPointId?: string;
              optionId?: string;
              triggerId?: string;
            };
            /** @description Only on inject.delivered: the roles that acknowledged it (the first time each) */
            acknowledgements?: {
              role: string;
              seq: number;
              /** Format: date-time */
              wallTime: string;
            }[];
          }
        | {
            /** @enum {string} */
            kind: 'scheduled';
            /** @enum {string} */
            status: 'pending' | 'skipped';
            /** @enum {string} */
            itemKind: 'inject' | 'decision-open' | 'decision-due' | 'clock-start' | 'clock-check';
            /** @description The inject or decision point id */
            refId: string;
            occurrence: number;
            /** @description When it is due on the scenario clock */
            offsetMs: number;
            /** Format: date-time */
            scenarioTime: string;
            /**
             * Format: date-time
             * @description When it fires at the current speed; null while the clock stands still, and when skipped
             */
            expectedWallTime: string | null;
            title: string | null;
          }
      )[];
    };
    TokenResponse: {
      accessToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /** @description Seconds until the access token expires */
      expiresIn: number;
      refreshToken: string;
      refreshExpiresIn: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_receivedInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivedInvitationResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedInvitationResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No open invitation of that id addressed to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The exercise is archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_declineInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No open invitation of that id addressed to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: Invalid e-mail address or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `TOO_MANY_REQUESTS`: More than 60 attempts in 60 s from this address; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: The current password is not correct */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `TOO_MANY_REQUESTS`: More than 10 attempts in 60 s from this address; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          refreshToken: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: Invalid or expired refresh token; each works once */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `TOO_MANY_REQUESTS`: More than 60 attempts in 60 s from this address; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExerciseResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_create: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          scenarioId: string;
          /** @description A stored version of the copy used; its latest without it */
          scenarioVersion?: number;
          /** @description Which copy of the scenario: `shipped`, or an organisation id. Without it the exercise's organisation's own copy, else the shipped one. Members may name only `shipped` or the exercise's organisation; platform admins any organisation's */
          scenarioOwner?: 'shipped' | string;
          /** @description Clock speed, 1 (real time) to 3600 */
          speed?: number;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedExerciseResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such scenario, or version of it, in the organisation's library (its own, else shipped) or the copy named
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: `scenarioOwner` names another organisation's copy, which only a platform administrator may use
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExerciseResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_archive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExerciseResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is draft or ended; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_clock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_adjustClock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Clock speed, 1 (real time) to 3600 */
          speed?: number;
          /** @description Scenario offset to jump to, e.g. "1d 08:30" */
          jumpTo?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is running or paused; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: `jumpTo` before the current scenario time (a jump goes forward only) or past the end of the scenario
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseClocksController_clocks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegulatoryClocksResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseClocksController_setFacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        clockId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Noodverordening: the council meeting that must ratify it */
          councilMeetingAt?: string;
          /**
           * @description NIS2: handling of the incident is closed now
           * @enum {boolean}
           */
          handlingClosed?: true;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegulatoryClockResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: The exercise has no such clock
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `CONFLICT`: The clock has not started, or handling was closed already
       *
       *     `CONFLICT`: Allowed only while the exercise is running or paused; archived refuses every write
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: A fact the clock's regime does not have
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseClocksController_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        clockId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description How long the entity has, on the scenario clock, e.g. "12:00" */
          dueAfter: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegulatoryClockResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: The exercise has no such clock
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `CONFLICT`: The clock has not started
       *
       *     `CONFLICT`: Allowed only while the exercise is running or paused; archived refuses every write
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseLearningController_read: {
    parameters: {
      query?: {
        lang?: 'nl' | 'en';
      };
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebriefResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseLearningController_answer: {
    parameters: {
      query?: never;
      header: {
        'x-join-code': string;
        /** @description The join code of your role, as for POST /api/join */
        'X-Join-Code': string;
      };
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          questionId: string;
          /** @description A text, or 1 (poor) to 5 (very good) for a scale question */
          answer: string | number;
          /**
           * @description Store the answer with no identity at all (questions asked of every role only)
           * @default false
           */
          anonymous?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebriefAnswerResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: "invalid code", whatever the reason */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: The question is not put to your role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is ended; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: An unknown question, the wrong kind of answer, or `anonymous` on a question asked of some roles only
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `TOO_MANY_REQUESTS`: More than 30 attempts in 60 s from this address; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseLearningController_questions: {
    parameters: {
      query?: never;
      header: {
        'x-join-code': string;
        /** @description The join code of your role, as for POST /api/join */
        'X-Join-Code': string;
      };
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebriefQuestionResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: "invalid code", whatever the reason */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `TOO_MANY_REQUESTS`: More than 30 attempts in 60 s from this address; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExportsController_decisionsCsv: {
    parameters: {
      query?: {
        /** @description Language of the column headings */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is running or paused; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_events: {
    parameters: {
      query?: {
        /** @description Events with a higher sequence number */
        after?: number;
        limit?: number;
      };
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerdictResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExportsController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExerciseExportResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_grants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GrantResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_addGrant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** @enum {string} */
          role: 'facilitator' | 'evaluator';
        };
      };
    };
    responses: {
      /** @description Invited; granted once they accept */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The exercise is archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_removeGrant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: No such grant
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The exercise is archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseLearningController_capture: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
          /** @enum {string} */
          kind?: 'strength' | 'area-for-improvement';
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HotwashPointCapturedResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is running or paused or ended; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScheduledItemResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_adHoc: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          content: string;
          channel: string;
          audience: 'all' | string[];
          from?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveredResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is running or paused; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: `channel` or `audience` names what the scenario does not have
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_fire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        injectId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description Fire an inject that has fired already once more; without it that answers 409 */
          again?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveredResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: The scenario has no such inject
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `CONFLICT`: The inject has fired already, and the body is not `{"again": true}`
       *
       *     `CONFLICT`: Allowed only while the exercise is running or paused; archived refuses every write
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_postpone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        injectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description How much later on the scenario clock, e.g. "00:15" */
          by: string;
        };
      };
    };
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: No pending occurrence of that inject
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is running or paused; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_skip: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        injectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: No pending occurrence of that inject
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is running or paused; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_grantInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_withdrawGrantInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: No open invitation of that id to this exercise
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_joinCodes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinCodeStatusResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_rotateJoinCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        role: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinCodeResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: The scenario has no such role
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The exercise is archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_revokeJoinCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
        role: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: The role has no live join code
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The exercise is archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseLearningController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseLearningController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'strength' | 'area-for-improvement';
          /** @description The id of an objective of the scenario */
          objectiveId?: string;
          /** @description The id of an expected action of the scenario */
          expectedActionId?: string;
          /**
           * @description The roles it is about
           * @default []
           */
          roles?: string[];
          /**
           * @description The seqs of the events of this exercise it refers to
           * @default []
           */
          seqs?: number[];
          text: string;
          /**
           * @description The objective rated P, S, M or U (HSEEP); only with objectiveId
           * @enum {string}
           */
          rating?: 'P' | 'S' | 'M' | 'U';
          /**
           * Format: uuid
           * @description The observationId this one corrects
           */
          supersedes?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationRecordedResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `CONFLICT`: Allowed only while the exercise is running or paused or ended; archived refuses every write
       *
       *     `CONFLICT`: The observation named in `supersedes` was corrected already
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: An objective, expected action, role or seq the exercise does not have
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_pause: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is running; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisePlaybooksController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookProgressResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisePlaybooksController_attach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          playbookId: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookProgressResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: No such playbook
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Attached already, or the exercise has ended or is archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseReportController_report: {
    parameters: {
      query?: {
        /** @description `html` (accessible, the primary format), `pdf` (A4), `md` or `json` */
        format?: 'json' | 'md' | 'html' | 'pdf';
        /** @description Language of headings and labels; the content is the log’s */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report in the format asked for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
          'application/pdf': string;
          'text/html': string;
          'text/markdown': string;
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you
       *
       *     `NOT_FOUND`: No such exercise
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: Too many reports and PDFs are being made at once (try again in a moment), or this one took longer than REPORT_RENDER_TIMEOUT_MS or more memory than a render thread has; the message says which */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_resume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is paused; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseRetestsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetestResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExerciseRetestsController_link: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description An objective of this exercise's scenario version */
          objectiveId: string;
          /**
           * Format: uuid
           * @description An open or in-progress action of the same organisation
           */
          actionId: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetestResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The objective re-tests the action already, or the exercise is archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: objectiveId is not in the exercise's scenario version, or actionId is no open action of the organisation
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_start: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description Clock speed, 1 (real time) to 3600 */
          speed?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in this exercise may not do this; needed: facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Allowed only while the exercise is draft; archived refuses every write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExercisesController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exerciseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Exercise not found, or not yours: another organisation's exercise does not exist for you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExportsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExerciseImportResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExportsController_import: {
    parameters: {
      query?: {
        /** @description The importing organisation; needed only when you belong to several */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A document of GET …/export */
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          format: 'driehoek.exercise-export';
          /** @enum {number} */
          formatVersion: 1;
          /** Format: date-time */
          exportedAt: string;
          exercise: {
            /**
             * Format: uuid
             * @description The exercise id at the source; part of every hashed event
             */
            id: string;
            title: string;
            organisationName: string;
            /** @enum {string} */
            status: 'draft' | 'running' | 'paused' | 'ended' | 'archived';
            speed: number;
            /** Format: date-time */
            createdAt: string;
          };
          scenario: {
            id: string;
            version: number;
            /** @enum {string} */
            owner: 'shipped' | 'organisation';
            /** @description sha256 of `source` */
            contentHash: string;
            /** @description The YAML exactly as stored */
            source: string;
            /** @description The scenario as parsed and validated */
            content: {
              [key: string]: unknown;
            };
          };
          log: {
            count: number;
            /** @description The hash of the last event; 00000000… for an empty log */
            headHash: string;
            events: {
              seq: number;
              type: string;
              offsetMs: number;
              /** Format: date-time */
              wallTime: string;
              actor: string | null;
              audience: string[];
              payload: {
                [key: string]: unknown;
              };
              previousHash: string;
              hash: string;
            }[];
          };
          /** @description The improvement actions the exercise raised or re-tests, as they stood at export; null from an installation that keeps no improvement plan */
          improvementActions:
            | {
                [key: string]: unknown;
              }[]
            | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExerciseImportResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 20mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: The chain does not verify: `errors[0].path` is the first bad event (`log.events[i]`) and the message names its `seq`; or `log.count`, `log.headHash`, `scenario.contentHash` do not match. Nothing is stored
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        importId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExerciseImportDetailResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No such import in your organisations */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ExportsController_events: {
    parameters: {
      query?: {
        /** @description Events with a higher sequence number */
        after?: number;
        limit?: number;
      };
      header?: never;
      path: {
        importId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportedEventResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No such import in your organisations */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_list: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentSummaryResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_open: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          description?: string;
          regimes: ('nis2' | 'nis2-trust-service' | 'avg' | 'cer')[];
          /** Format: date-time */
          detectedAt?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentViewResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_notices: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentNoticeResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_get: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentViewResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such incident in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_recordAwareness: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @description When the decision was taken; now when left out
           */
          at?: string;
          /** @description The person who decided the incident is reportable */
          by: string;
          /** @description Their role, e.g. ciso */
          role?: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentViewResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such incident in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Awareness was already recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_close: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          at?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentViewResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such incident in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: Handling was already closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_recordDecision: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          beeld: string;
          oordeel: string;
          besluit: string;
          by: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentViewResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such incident in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_addNote: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentViewResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such incident in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_attachPlaybook: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          playbookId: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookProgressResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such playbook, or no such incident
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The playbook is attached already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_tickOffStep: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          playbookId: string;
          stepId: string;
          /** @description What was done, or why it was done differently */
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookProgressResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: The playbook is not attached to this incident, or no such incident
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: The playbook has no such step: errors name stepId
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_submitReport: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          regime: string;
          stage: string;
          requestId?: string;
          report: {
            [key: string]: unknown;
          };
          /** Format: date-time */
          submittedAt?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentViewResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such incident in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The stage has not started (the message names what it waits for), or was submitted */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: Unknown regime or stage, or the report lacks fields: errors name them (report.…)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_requestReport: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          regime: string;
          /** Format: date-time */
          dueAt: string;
          /** Format: date-time */
          requestedAt?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentViewResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such incident in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_recordReview: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What happened and how it was handled */
          summary: string;
          /** @default [] */
          observations?: {
            /** @enum {string} */
            kind: 'strength' | 'area-for-improvement';
            text: string;
          }[];
          /** @description Raised into the organisation's improvement plan with this incident as their source */
          actions?: {
            /** @description Free text, or an exercise objective's id and title */
            objective?:
              | string
              | {
                  /** @description An objective of the exercise's scenario */
                  id: string;
                  title: string;
                };
            /** @description What did not go well enough */
            areaForImprovement: string;
            /** @description What will be done about it */
            correctiveAction: string;
            /** @enum {string} */
            capabilityElement: 'planning' | 'organisation' | 'equipment' | 'training' | 'exercise';
            /** @description e.g. Gemeente Hofstede, Politie Oost-Nederland */
            responsibleOrganisation: string;
            /** @description e.g. CISO, teamleider crisiscommunicatie */
            contactRole?: string;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            dueDate?: string;
            /**
             * @description open when left out
             * @enum {string}
             */
            status?: 'open' | 'in-progress' | 'done' | 'dropped';
            /** @description Why it is dropped: required with status dropped, only then */
            reason?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentReviewResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such incident in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: A field is missing or wrong: errors name it (e.g. actions[0].reason)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IncidentsController_verify: {
    parameters: {
      query?: {
        /** @description Needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerdictResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  JoinController_join: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerJoinResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: "invalid code", whatever the reason */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `TOO_MANY_REQUESTS`: More than 30 attempts in 60 s from this address; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Only platform administrators may do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: An organisation of that name exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_auditLog: {
    parameters: {
      query?: {
        limit?: number;
        before?: number;
      };
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImprovementActionsController_list: {
    parameters: {
      query?: {
        /** @description Comma-separated statuses, e.g. open,in-progress (open, in-progress, done, dropped) */
        status?: string;
      };
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImprovementActionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Free text, or an exercise objective's id and title */
          objective?:
            | string
            | {
                /** @description An objective of the exercise's scenario */
                id: string;
                title: string;
              };
          /** @description What did not go well enough */
          areaForImprovement: string;
          /** @description What will be done about it */
          correctiveAction: string;
          /** @enum {string} */
          capabilityElement: 'planning' | 'organisation' | 'equipment' | 'training' | 'exercise';
          /** @description e.g. Gemeente Hofstede, Politie Oost-Nederland */
          responsibleOrganisation: string;
          /** @description e.g. CISO, teamleider crisiscommunicatie */
          contactRole?: string;
          /** Format: date */
          startDate?: string;
          /** Format: date */
          dueDate?: string;
          /**
           * @description open when left out
           * @enum {string}
           */
          status?: 'open' | 'in-progress' | 'done' | 'dropped';
          /** @description Why it is dropped: required with status dropped, only then */
          reason?: string;
          /** @description An exercise of the organisation (and its observations), or an incident of its register */
          source:
            | {
                /** Format: uuid */
                exerciseId: string;
                /** @description The observations in the exercise's log that raised it (observation.recorded) */
                observationIds?: string[];
              }
            | {
                /** Format: uuid */
                incidentId: string;
              };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: A field is missing or wrong (errors name it): e.g. reason with status dropped, a source of another organisation
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImprovementPlanCsvController_csv: {
    parameters: {
      query?: {
        /** @description Language of the column headings and labels */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImprovementActionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        actionId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such improvement action in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImprovementActionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        actionId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Free text, or an exercise objective's id and title */
          objective?:
            | (
                | string
                | {
                    /** @description An objective of the exercise's scenario */
                    id: string;
                    title: string;
                  }
              )
            | null;
          areaForImprovement?: string;
          correctiveAction?: string;
          /** @enum {string} */
          capabilityElement?: 'planning' | 'organisation' | 'equipment' | 'training' | 'exercise';
          responsibleOrganisation?: string;
          contactRole?: string | null;
          /** Format: date */
          startDate?: string | null;
          /** Format: date */
          dueDate?: string | null;
          /** @enum {string} */
          status?: 'open' | 'in-progress' | 'done' | 'dropped';
          /** @description Why it is dropped: required when status becomes dropped */
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such improvement action in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field
       *
       *     `VALIDATION_FAILED`: Status dropped without a reason (errors name reason), or dates reversed
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImprovementActionsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        actionId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionChangeResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such improvement action in this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_invitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_withdrawInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No open invitation of that id to this organisation
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_members: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_addMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** @description The name of a new account; an existing one keeps its own */
          name: string;
          /** @description The first password of a new account; an existing account keeps its own */
          password: string;
          /** @enum {string} */
          role: 'admin' | 'facilitator' | 'evaluator';
        };
      };
    };
    responses: {
      /** @description Invited; a member once they accept */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: The address is a member already, or was added at the same moment by another request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such member
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: That would leave the organisation without an admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_changeRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'admin' | 'facilitator' | 'evaluator';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description `BAD_REQUEST`: The body is not JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such member
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `CONFLICT`: That would leave the organisation without an admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 256kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: The body is not valid: `errors` has a `path`, `message` and `code` per field */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OrganisationsController_revokeSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevokedSessionsResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator)
       *
       *     `NOT_FOUND`: No such member
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PlaybooksController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookSummaryResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PlaybooksController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playbookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookDetailResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No such playbook */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScenariosController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioSummaryResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScenariosController_upload: {
    parameters: {
      query?: {
        /** @description Owner of the upload; needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The scenario as YAML */
    requestBody: {
      content: {
        'application/x-yaml': string;
        'application/yaml': string;
        'text/yaml': string;
      };
    };
    responses: {
      /** @description Identical to the latest version; nothing new stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoreResultResponse'];
        };
      };
      /** @description Stored as a new version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoreResultResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 1mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `UNSUPPORTED_MEDIA_TYPE`: Not sent as application/yaml, application/x-yaml, text/yaml
       *
       *     `UNSUPPORTED_MEDIA_TYPE`: A `charset` other than utf-8, or a body that is not valid UTF-8
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `SCENARIO_INVALID`: Invalid; nothing stored. `errors` has `path`, `line`, `column`, `message` and `code` per finding (the codes `npm run scenarios:check` prints), `warnings` the warnings; each lists the first 100 in source order, `errorCount` and `warningCount` count them all, `truncated` says whether any were left out. A document past the size limits (tokens, nodes, nesting, aliases) or one that takes longer to check than SCENARIO_VALIDATION_TIMEOUT_MS gets one finding that says so (`too-many-tokens`, `too-many-nodes`, `too-deep`, `too-many-aliases`, `aliases-too-large`, `took-too-long`)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: Too many uploads are being checked at once; try again in a moment */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScenariosController_check: {
    parameters: {
      query?: {
        /** @description Language of the MSEL’s labels (kinds, “everyone”, relative times); the content is the scenario’s */
        lang?: 'nl' | 'en';
        /** @description As for POST /api/scenarios: needed only when you belong to several organisations */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The scenario as YAML */
    requestBody: {
      content: {
        'application/x-yaml': string;
        'application/yaml': string;
        'text/yaml': string;
      };
    };
    responses: {
      /** @description The findings; `errors` has `path`, `line`, `column`, `message` and `code` per finding (the codes `npm run scenarios:check` prints), `warnings` the warnings; each lists the first 100 in source order, `errorCount` and `warningCount` count them all, `truncated` says whether any were left out. A document past the size limits (tokens, nodes, nesting, aliases) or one that takes longer to check than SCENARIO_VALIDATION_TIMEOUT_MS gets one finding that says so (`too-many-tokens`, `too-many-nodes`, `too-deep`, `too-many-aliases`, `aliases-too-large`, `took-too-long`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioCheckResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `FORBIDDEN`: Your role in the organisation may not do this; needed: admin or facilitator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: Organisation not found: you are not a member (nor a platform administrator) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: The body is larger than 1mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `UNSUPPORTED_MEDIA_TYPE`: Not sent as application/yaml, application/x-yaml, text/yaml
       *
       *     `UNSUPPORTED_MEDIA_TYPE`: A `charset` other than utf-8, or a body that is not valid UTF-8
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: `organisationId` is required: you belong to several organisations (or none)
       *
       *     `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: Too many uploads are being checked at once; try again in a moment */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScenariosController_schema: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A JSON Schema (draft 2020-12) document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScenariosController_get: {
    parameters: {
      query?: {
        /** @description Exactly this copy: `shipped`, or the id of the organisation that owns it (platform admins: any; members: their own organisations) */
        owner?: 'shipped' | string;
        /** @description Read as this organisation: its own copy, else the shipped one. Without it: your organisation's library when you belong to one; otherwise (platform admins, members of several) the shipped copy, or the only one there is */
        organisationId?: string;
        /** @description A stored version of the copy read; its latest without it */
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioDetailResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No such scenario or version in the library read, or `owner`/`organisationId` names an organisation that is not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter
       *
       *     `VALIDATION_FAILED`: The id is not shipped and several organisations have a copy: name one with `owner` (path `owner`)
       *
       *     `VALIDATION_FAILED`: `id` is not a scenario id
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MselController_msel: {
    parameters: {
      query?: {
        /** @description Exactly this copy: `shipped`, or the id of the organisation that owns it (platform admins: any; members: their own organisations) */
        owner?: 'shipped' | string;
        /** @description Read as this organisation: its own copy, else the shipped one. Without it: your organisation's library when you belong to one; otherwise (platform admins, members of several) the shipped copy, or the only one there is */
        organisationId?: string;
        /** @description A stored version of the copy read; its latest without it */
        version?: number;
        /** @description `html` (print it: A4 landscape), `pdf` (A4 landscape, for the binder) or `csv` (UTF-8 with BOM, for Excel) */
        format?: 'csv' | 'html' | 'pdf';
        /** @description Language of headings and labels; the content is the scenario’s */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The MSEL as a printable HTML page, an A4 landscape PDF (title and start on every page, page X of Y, the header row repeated), or CSV (RFC 4180, UTF-8 with BOM, formula cells neutralised) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'text/csv': string;
          'text/html': string;
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No such scenario or version in the library read, or `owner`/`organisationId` names an organisation that is not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter
       *
       *     `VALIDATION_FAILED`: The id is not shipped and several organisations have a copy: name one with `owner` (path `owner`)
       *
       *     `VALIDATION_FAILED`: `id` is not a scenario id
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: Too many reports and PDFs are being made at once (try again in a moment), or this one took longer than REPORT_RENDER_TIMEOUT_MS or more memory than a render thread has; the message says which */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScenariosController_source: {
    parameters: {
      query?: {
        /** @description Exactly this copy: `shipped`, or the id of the organisation that owns it (platform admins: any; members: their own organisations) */
        owner?: 'shipped' | string;
        /** @description Read as this organisation: its own copy, else the shipped one. Without it: your organisation's library when you belong to one; otherwise (platform admins, members of several) the shipped copy, or the only one there is */
        organisationId?: string;
        /** @description A stored version of the copy read; its latest without it */
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The YAML source */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/yaml': string;
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No such scenario or version in the library read, or `owner`/`organisationId` names an organisation that is not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter
       *
       *     `VALIDATION_FAILED`: The id is not shipped and several organisations have a copy: name one with `owner` (path `owner`)
       *
       *     `VALIDATION_FAILED`: `id` is not a scenario id
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScenariosController_versions: {
    parameters: {
      query?: {
        /** @description Exactly this copy: `shipped`, or the id of the organisation that owns it (platform admins: any; members: their own organisations) */
        owner?: 'shipped' | string;
        /** @description Read as this organisation: its own copy, else the shipped one. Without it: your organisation's library when you belong to one; otherwise (platform admins, members of several) the shipped copy, or the only one there is */
        organisationId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioVersionResponse'][];
        };
      };
      /** @description `UNAUTHORIZED`: No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `NOT_FOUND`: No such scenario or version in the library read, or `owner`/`organisationId` names an organisation that is not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: The query is not valid: `errors` names each parameter
       *
       *     `VALIDATION_FAILED`: The id is not shipped and several organisations have a copy: name one with `owner` (path `owner`)
       *
       *     `VALIDATION_FAILED`: `id` is not a scenario id
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Everything is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      /** @description A dependency is down, or the event stream is reconnecting; `checks` says which */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
    };
  };
}
