import { Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
import { ScenarioEntity } from './scenario.entity';
import { ScenarioVersionEntity } from './scenario-version.entity';
import { ScenarioRepository } from './scenario.repository';
import { ScenarioLibraryService } from './scenario-library.service';
import { ShippedScenarioLoader } from './shipped-scenario.loader';

@Module({
  imports: [DatabaseModule.forFeature([ScenarioEntity, ScenarioVersionEntity])],
  providers: [ScenarioRepository, ScenarioLibraryService, ShippedScenarioLoader],
  exports: [ScenarioLibraryService, ShippedScenarioLoader],
})
export class ScenarioModule {}
