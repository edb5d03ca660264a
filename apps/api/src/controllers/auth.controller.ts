import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe, openApiSchema } from '@driehoek/core';
import {
  AuthService,
  Authenticated,
  MIN_PASSWORD_LENGTH,
  Public,
  type Principal,
  type TokenPair,
} from '@driehoek/identity';
import type { Request } from 'express';
import { z } from 'zod';
import { CurrentPrincipal } from '../http/principal.decorator';
import { ErrorResponse, MeResponse, TokenResponse } from '../http/responses';
import { Throttle } from '../http/throttle.guard';

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

/** Tokens are opaque bearer strings: `Authorization: Bearer <accessToken>`. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public('signing in')
  @Throttle('login', { limit: 60, windowMs: 60_000 })
  @ApiOperation({
    summary: 'Sign in with e-mail and password; returns a short-lived access token and a refresh token',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(TokenResponse) })
  @ApiResponse({
    status: 401,
    description: 'Invalid e-mail address or password',
    schema: openApiSchema(ErrorResponse),
  })
  @ApiResponse({
    status: 429,
    description: 'More than 60 attempts a minute from this address',
    schema: openApiSchema(ErrorResponse),
  })
  login(
    @Body(new ZodValidationPipe(Login)) body: z.infer<typeof Login>,
    @Req() request: Request,
  ): Promise<TokenPair> {
    return this.auth.login(body.email, body.password, request.ip ?? null);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public('exchanging a refresh token')
  @Throttle('refresh', { limit: 60, windowMs: 60_000 })
  @ApiOperation({ summary: 'New tokens for a refresh token; the old refresh token stops working' })
  @ApiResponse({ status: 200, schema: openApiSchema(TokenResponse) })
  refresh(@Body(new ZodValidationPipe(Refresh)) body: z.infer<typeof Refresh>): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke this session: its tokens stop working at once' })
  logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.auth.logout(principal);
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who you are and your role in each organisation' })
  @ApiResponse({ status: 200, schema: openApiSchema(MeResponse) })
  me(@CurrentPrincipal() principal: Principal) {
    const { userId, email, name, platformAdmin, memberships } = principal;
    return { userId, email, name, platformAdmin, memberships };
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your password; every other session of yours is signed out' })
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body(new ZodValidationPipe(ChangePassword)) body: z.infer<typeof ChangePassword>,
  ): Promise<void> {
    return this.auth.changePassword(principal, body.currentPassword, body.newPassword);
  }
}
