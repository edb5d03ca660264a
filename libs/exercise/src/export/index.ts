export * from './exercise-export.document';
export * from './exercise-import.entity';
export * from './exercise-export.service';
export * from './exercise-import.service';
export * from './exercise-export.module';
