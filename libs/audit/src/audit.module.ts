import { Global, Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
import { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';

@Global()
@Module({
  imports: [DatabaseModule.forFeature([AuditEventEntity])],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
