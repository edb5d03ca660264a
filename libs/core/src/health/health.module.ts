import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { HealthService } from './health.service';

@Module({ imports: [DiscoveryModule], providers: [HealthService], exports: [HealthService] })
export class HealthModule {}
