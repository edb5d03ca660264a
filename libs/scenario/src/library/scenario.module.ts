import { Module } from '@nestjs/common';
import { ScenarioRepository } from './scenario.repository';
import { ScenarioLibraryService } from './scenario-library.service';
import { ShippedScenarioLoader } from './shipped-scenario.loader';

@Module({
  providers: [ScenarioRepository, ScenarioLibraryService, ShippedScenarioLoader],
  exports: [ScenarioLibraryService, ShippedScenarioLoader],
})
export class ScenarioModule {}
