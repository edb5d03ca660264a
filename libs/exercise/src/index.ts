export * from './exercise.entity';
export * from './exercise-grant.entity';
export * from './join-code.entity';
export * from './join-code';
export * from './player-session.entity';
export * from './exercise.service';
export * from './exercise.module';
