import type { WorkerTask } from '@driehoek/core';
import { validateScenarioYaml, type ScenarioValidation } from '../validate-scenario';

// The task of ScenarioValidationPool's threads: one uploaded document, checked off the event loop
// of the server. A document that keeps its thread busy too long is stopped by the pool.
export const runTask: WorkerTask<string, ScenarioValidation> = validateScenarioYaml;
