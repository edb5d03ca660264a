export * from './test-database';
export * from './redis';
export * from './scenario-factory';
export * from './playbook-factory';
export * from './yaml-position';
