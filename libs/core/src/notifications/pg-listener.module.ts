import { Module } from '@nestjs/common';
import { PgListener } from './pg-listener';

/**
 * The shared LISTEN connection (PgListener). Each feature that subscribes imports this module;
 * Nest makes one instance of a static module, so a process has one listener whoever imports it.
 */
@Module({ providers: [PgListener], exports: [PgListener] })
export class PgListenerModule {}
