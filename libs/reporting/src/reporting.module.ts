import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { ExerciseModule } from '@driehoek/exercise';
import { ScenarioModule } from '@driehoek/scenario';
import { AfterActionReports } from './after-action-report.service';
import {
  IMPROVEMENT_PLAN_APPENDIX,
  type ImprovementPlanAppendixProvider,
} from './model/improvement-appendix';
import { ReportRenderer } from './worker/report-renderer.service';

/**
 * After-action reports and MSEL PDFs, made on render threads: `ReportingModule` alone, or
 * `register()` to fill the improvement-plan appendix.
 */
@Module({
  imports: [ExerciseModule, ScenarioModule],
  providers: [AfterActionReports, ReportRenderer],
  exports: [AfterActionReports, ReportRenderer],
})
export class ReportingModule {
  /**
   * With the improvement plan's current state as the report's appendix: `provider` (from a module
   * in `imports`) answers it; the report depends on nothing else of the plan.
   */
  static register(options: {
    imports?: ModuleMetadata['imports'];
    improvementPlan: Type<ImprovementPlanAppendixProvider>;
  }): DynamicModule {
    return {
      module: ReportingModule,
      imports: [ExerciseModule, ScenarioModule, ...(options.imports ?? [])],
      providers: [
        AfterActionReports,
        ReportRenderer,
        { provide: IMPROVEMENT_PLAN_APPENDIX, useClass: options.improvementPlan },
      ],
      exports: [AfterActionReports, ReportRenderer],
    };
  }
}
