/**
 * Where a new scenario starts: small, valid, in Dutch, with one of everything a first exercise
 * needs (roles, a channel, two phases, injects, a decision point), so the MSEL beside the editor
 * has rows from the first keystroke. test/unit/web-editor.spec.ts keeps it valid.
 */
export const SCENARIO_TEMPLATE = `# Een nieuw scenario. Het formaat: GET /api/scenarios/schema (Ctrl+Spatie geeft suggesties).
id: nieuw-scenario
title: Nieuw scenario
summary: >-
  Beschrijf in een alinea wat er gebeurt en wat de spelers moeten beslissen.
language: nl
startsAt: "2026-03-12T08:00"
timeZone: Europe/Amsterdam
duration: "02:00"

roles:
  - id: burgemeester
    name: Burgemeester
    organisation: gemeente
  - id: ciso
    name: CISO
    organisation: gemeente

channels:
  - id: mail
    name: E-mail
    kind: mail

phases:
  - id: melding
    name: Melding
    startsAt: "00:00"
  - id: opschaling
    name: Opschaling
    startsAt: "01:00"

injects:
  - id: eerste-melding
    title: Storing in de systemen
    offset: "00:05"
    phase: melding
    audience: all
    channel: mail
    content: >-
      Medewerkers melden dat de systemen van de gemeente niet meer reageren.
  - id: opschalen
    title: De storing duurt voort
    offset: "01:00"
    phase: opschaling
    audience:
      - burgemeester
    channel: mail
    content: >-
      Na een uur is er nog geen herstel. Wat besluit u?
  - id: crisisteam-bijeen
    title: Het crisisteam komt bijeen
    audience: all
    channel: mail
    content: >-
      Het crisisteam komt over tien minuten bijeen in de raadzaal.

decisionPoints:
  - id: crisisteam
    question: Roept u het crisisteam bijeen?
    owner: burgemeester
    raisedBy: opschalen
    dueAt: "01:30"
    options:
      - id: ja
        label: Ja, nu bijeenroepen
      - id: nee
        label: Nee, eerst afwachten

triggers:
  - id: na-crisisteam
    when:
      decision: crisisteam
      option: ja
    schedule:
      - inject: crisisteam-bijeen
        after: "00:10"
`;
