import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Config } from './config.schema';

export const CONFIG = Symbol('CONFIG');

/** Makes the configuration validated in main.ts injectable everywhere as `@Inject(CONFIG)`. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: Config): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: CONFIG, useValue: config }], exports: [CONFIG] };
  }
}
