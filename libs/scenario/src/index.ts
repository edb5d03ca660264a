export * from './schema/offset';
export * from './schema/scenario.schema';
export * from './schema/json-schema';
export * from './validation/scenario-problem';
export * from './validation/validate-scenario';
export * from './library/scenario.entity';
export * from './library/scenario-version.entity';
export * from './library/scenario-library.service';
export * from './library/shipped-scenario.loader';
export * from './library/scenario.module';

import { ScenarioEntity } from './library/scenario.entity';
import { ScenarioVersionEntity } from './library/scenario-version.entity';

export const SCENARIO_ENTITIES = [ScenarioEntity, ScenarioVersionEntity];
