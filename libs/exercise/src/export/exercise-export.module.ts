import { Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
import { ImprovementModule } from '@driehoek/improvement';
import { ExerciseModule } from '../exercise.module';
import { ExerciseExportRepository } from './exercise-export.repository';
import { ExerciseExports } from './exercise-export.service';
import { ExerciseImportEntity } from './exercise-import.entity';
import { ExerciseImports } from './exercise-import.service';

/** Exports of whole exercises and their read-only import elsewhere (docs/exports.md). */
@Module({
  imports: [DatabaseModule.forFeature([ExerciseImportEntity]), ExerciseModule, ImprovementModule],
  providers: [ExerciseExportRepository, ExerciseExports, ExerciseImports],
  exports: [ExerciseExports, ExerciseImports],
})
export class ExerciseExportModule {}
