// The organisation's improvement plan: actions from exercises and real incidents (docs/improvement-plan.md).
export * from './improvement-action';
export * from './improvement-rules';
export * from './improvement.dto';
export * from './improvement-action.entity';
export * from './improvement-action-change.entity';
export * from './improvement-retest.entity';
export * from './improvement-plan.service';
export * from './improvement.module';
