import { Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
import { AuthService } from './auth.service';
import { MembershipInvitationEntity } from './entities/membership-invitation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { RetiredRefreshTokenEntity } from './entities/retired-refresh-token.entity';
import { SessionEntity } from './entities/session.entity';
import { SetupTokenEntity } from './entities/setup-token.entity';
import { UserEntity } from './entities/user.entity';
import { FirstAdminService } from './first-admin.service';
import { IdentityRepository } from './identity.repository';
import { InvitationRepository } from './invitation.repository';
import { InvitationService } from './invitation.service';
import { OrganisationAdminService } from './organisation-admin.service';
import { SessionRepository } from './session.repository';

@Module({
  imports: [
    DatabaseModule.forFeature([
      OrganisationEntity,
      UserEntity,
      MembershipEntity,
      MembershipInvitationEntity,
      SessionEntity,
      RetiredRefreshTokenEntity,
      SetupTokenEntity,
    ]),
  ],
  providers: [
    IdentityRepository,
    SessionRepository,
    InvitationRepository,
    InvitationService,
    AuthService,
    OrganisationAdminService,
    FirstAdminService,
  ],
  exports: [AuthService, OrganisationAdminService, InvitationService, FirstAdminService],
})
export class IdentityModule {}
