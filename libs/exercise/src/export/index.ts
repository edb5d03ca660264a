export * from './exercise-export.document';
export * from './exercise-import.entity';
export * from './exercise-export.service';
export * from './exercise-import.service';
export * from './improvement-actions.source';
export * from './exercise-export.module';
