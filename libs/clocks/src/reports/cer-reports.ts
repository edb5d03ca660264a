import { z } from 'zod';
import { count, optionalText, text, yesNo } from './report-fields';

// CER art. 15(1): the information needed to understand the nature, cause and possible consequences,
// including any cross-border impact; significance is judged on users affected, duration and area.

export const CerInitialNotification = z
  .strictObject({
    nature: text('the nature of the incident'),
    cause: optionalText('the cause, as far as known'),
    possibleConsequences: text('the possible consequences for the essential service'),
    crossBorderImpact: yesNo('could the incident have a cross-border impact?'),
    usersAffected: count('number of users affected, as far as known').optional(),
    duration: optionalText('how long the disruption has lasted or is expected to last'),
    geographicArea: optionalText('the geographical area affected'),
  })
  .describe('CER initial notification');

export const CerDetailedReport = z
  .strictObject({
    description: text('detailed description of the incident'),
    cause: text('the cause of the incident'),
    consequences: text('the consequences for the essential service'),
    measures: text('measures taken and planned'),
    crossBorderImpact: yesNo('did the incident have a cross-border impact?'),
    usersAffected: count('number of users affected'),
    duration: text('how long the disruption lasted'),
    geographicArea: text('the geographical area affected'),
  })
  .describe('CER detailed report');
