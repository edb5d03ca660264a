// The CISO's incident register: real incidents on the wall clock (docs/clocks.md, "Incidents").
export * from './incident-regimes';
export * from './incident-events';
export * from './incident.entity';
export * from './incident-event.entity';
export * from './incident-state';
export * from './incident-rules';
export * from './incident-view';
export * from './incident.dto';
export * from './incident-log';
export * from './incident.service';
export * from './incident-view.service';
export * from './incident-playbooks.service';
export * from './incident-review.dto';
export * from './incident-review.service';
export * from './incidents.module';
