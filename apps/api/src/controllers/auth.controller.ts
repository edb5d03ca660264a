import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { ExerciseService } from '@driehoek/exercise';
import {
  AuthService,
  Authenticated,
  InvitationService,
  MIN_PASSWORD_LENGTH,
  Public,
  type Principal,
  type TokenPair,
} from '@driehoek/identity';
import type { Request } from 'express';
import { z } from 'zod';
import { ApiError, NoContent, ZodResponse } from '../http/api-response.decorator';
import { idPipe } from '../http/id-pipe';
import { CurrentPrincipal } from '../http/principal.decorator';
import {
  AcceptedInvitationResponse,
  MeResponse,
  ReceivedInvitationResponse,
  TokenResponse,
} from '../http/responses';
import { Throttle } from '../http/throttle.guard';
import { ZodBody } from '../http/zod-body.decorator';

const Login = z
  .object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(256) })
  .strict();
const Refresh = z.object({ refreshToken: z.string().min(1).max(200) }).strict();
const ChangePassword = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(256),
  })
  .strict();
const invitationIdPipe = idPipe(z.uuid(), 'Invitation');

/** Tokens are opaque bearer strings: `Authorization: Bearer <accessToken>`. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
    private readonly exercises: ExerciseService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public('signing in')
  @Throttle('login', { limit: 60, windowMs: 60_000 })
  @ApiOperation({
    summary: 'Sign in with e-mail and password; returns a short-lived access token and a refresh token',
  })
  @ZodResponse(200, TokenResponse)
  @ApiError(ErrorCode.Unauthorized, 'Invalid e-mail address or password')
  login(@ZodBody(Login) body: z.infer<typeof Login>, @Req() request: Request): Promise<TokenPair> {
    return this.auth.login(body.email, body.password, request.ip ?? null);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public('exchanging a refresh token')
  @Throttle('refresh', { limit: 60, windowMs: 60_000 })
  @ApiOperation({
    summary:
      'New tokens for a refresh token; the old refresh token stops working, and presenting it again ' +
      'later ends the whole session (the tokens it was rotated into too)',
  })
  @ZodResponse(200, TokenResponse)
  @ApiError(ErrorCode.Unauthorized, 'Invalid or expired refresh token; each works once')
  refresh(@ZodBody(Refresh) body: z.infer<typeof Refresh>, @Req() request: Request): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken, request.ip ?? null);
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke this session: its tokens stop working at once' })
  @NoContent()
  logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.auth.logout(principal);
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who you are and your role in each organisation' })
  @ZodResponse(200, MeResponse)
  me(@CurrentPrincipal() principal: Principal) {
    const { userId, email, name, platformAdmin, memberships } = principal;
    return { userId, email, name, platformAdmin, memberships };
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  // Guessing the current password through a stolen access token must be as slow as at login.
  @Throttle('password', { limit: 10, windowMs: 60_000 })
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your password; every other session of yours is signed out' })
  @NoContent()
  @ApiError(ErrorCode.Forbidden, 'The current password is not correct')
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @ZodBody(ChangePassword) body: z.infer<typeof ChangePassword>,
  ): Promise<void> {
    return this.auth.changePassword(principal, body.currentPassword, body.newPassword);
  }

  @Get('invitations')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Invitations addressed to you: to an organisation, or to one exercise of it, still open',
  })
  @ZodResponse(200, ReceivedInvitationResponse.array())
  receivedInvitations(@CurrentPrincipal() principal: Principal) {
    return this.exercises.receivedInvitations(principal);
  }

  @Post('invitations/:invitationId/accept')
  @HttpCode(200)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Accept an invitation: you become a member of the organisation (a role you hold there already stays), ' +
      'or are granted the one exercise',
  })
  @ZodResponse(200, AcceptedInvitationResponse)
  @ApiError(ErrorCode.NotFound, 'No open invitation of that id addressed to you')
  @ApiError(ErrorCode.Conflict, 'The exercise is archived')
  acceptInvitation(
    @CurrentPrincipal() principal: Principal,
    @Param('invitationId', invitationIdPipe) invitationId: string,
  ) {
    return this.exercises.acceptInvitation(principal, invitationId);
  }

  @Post('invitations/:invitationId/decline')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Decline an invitation: nothing is granted' })
  @NoContent()
  @ApiError(ErrorCode.NotFound, 'No open invitation of that id addressed to you')
  declineInvitation(
    @CurrentPrincipal() principal: Principal,
    @Param('invitationId', invitationIdPipe) invitationId: string,
  ): Promise<void> {
    return this.invitations.decline(principal, invitationId);
  }
}
