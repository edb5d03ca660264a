import { CreateScenarioLibrary1795000000000 } from './1795000000000-CreateScenarioLibrary';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [CreateScenarioLibrary1795000000000];
