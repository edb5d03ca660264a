import { CreateScenarioLibrary1795000000000 } from './1795000000000-CreateScenarioLibrary';
import { CreateIdentityAndAudit1795000001000 } from './1795000001000-CreateIdentityAndAudit';
import { CreateExercises1795000002000 } from './1795000002000-CreateExercises';
import { CreateExerciseEventLog1795000003000 } from './1795000003000-CreateExerciseEventLog';
import { CreateScheduledItems1795000004000 } from './1795000004000-CreateScheduledItems';
import { AddRegulatoryClockItems1795000005000 } from './1795000005000-AddRegulatoryClockItems';
import { CreateIncidents1795000006000 } from './1795000006000-CreateIncidents';
import { AddCancelledScheduledItems1795000007000 } from './1795000007000-AddCancelledScheduledItems';
import { AddInvitationsAndSessionScopes1795000008000 } from './1795000008000-AddInvitationsAndSessionScopes';
import { CreateImprovementPlan1795000009000 } from './1795000009000-CreateImprovementPlan';
import { CreateExerciseImports1795000009200 } from './1795000009200-CreateExerciseImports';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [
  CreateScenarioLibrary1795000000000,
  CreateIdentityAndAudit1795000001000,
  CreateExercises1795000002000,
  CreateExerciseEventLog1795000003000,
  CreateScheduledItems1795000004000,
  AddRegulatoryClockItems1795000005000,
  CreateIncidents1795000006000,
  AddCancelledScheduledItems1795000007000,
  AddInvitationsAndSessionScopes1795000008000,
  CreateImprovementPlan1795000009000,
  CreateExerciseImports1795000009200,
];
