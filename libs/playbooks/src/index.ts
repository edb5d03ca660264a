// Playbooks as code: format, checks, the shipped library and the progress projection (docs/playbooks.md).
export * from './schema/playbook.schema';
export * from './schema/playbook-json-schema';
export * from './schema/playbook-step-input';
export * from './validation/playbook-checks';
export * from './validation/validate-playbook';
export * from './progress/playbook-progress';
export * from './progress/attached-playbooks';
export * from './library/load-playbooks';
export * from './library/playbook-library.service';
export * from './library/playbooks.module';
