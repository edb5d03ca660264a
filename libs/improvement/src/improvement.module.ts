import { Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
import { ImprovementActionChangeEntity } from './improvement-action-change.entity';
import { ImprovementActionEntity } from './improvement-action.entity';
import { ImprovementPlan } from './improvement-plan.service';
import { ImprovementRepository } from './improvement.repository';
import { ImprovementRetestEntity } from './improvement-retest.entity';

/** The organisation's improvement plan (docs/improvement-plan.md); exercises and incidents raise into it. */
@Module({
  imports: [
    DatabaseModule.forFeature([
      ImprovementActionEntity,
      ImprovementActionChangeEntity,
      ImprovementRetestEntity,
    ]),
  ],
  providers: [ImprovementRepository, ImprovementPlan],
  exports: [ImprovementPlan],
})
export class ImprovementModule {}
