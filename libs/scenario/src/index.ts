export * from './schema/offset';
export * from './schema/scenario.schema';
export * from './schema/json-schema';
export * from './validation/scenario-problem';
export * from './validation/validate-scenario';
