import { Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
import { AuthService } from './auth.service';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { SessionEntity } from './entities/session.entity';
import { SetupTokenEntity } from './entities/setup-token.entity';
import { UserEntity } from './entities/user.entity';
import { FirstAdminService } from './first-admin.service';
import { IdentityRepository } from './identity.repository';
import { OrganisationAdminService } from './organisation-admin.service';
import { SessionRepository } from './session.repository';

@Module({
  imports: [
    DatabaseModule.forFeature([
      OrganisationEntity,
      UserEntity,
      MembershipEntity,
      SessionEntity,
      SetupTokenEntity,
    ]),
  ],
  providers: [
    IdentityRepository,
    SessionRepository,
    AuthService,
    OrganisationAdminService,
    FirstAdminService,
  ],
  exports: [AuthService, OrganisationAdminService, FirstAdminService],
})
export class IdentityModule {}
