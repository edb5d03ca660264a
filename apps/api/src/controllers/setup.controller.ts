import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ZodValidationPipe } from '@driehoek/core';
import { FirstAdminService, MIN_PASSWORD_LENGTH, Public } from '@driehoek/identity';
import { z } from 'zod';
import { Throttle } from '../http/throttle.guard';
import { ZodBody } from '../http/zod-body.decorator';

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'is not a setup token');
const SetUp = z
  .object({
    token: Token,
    email: z.email('must be an e-mail address'),
    name: z.string().trim().min(1).max(200),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(256),
    organisationName: z.string().trim().min(1).max(200),
  })
  .strict();

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The one-time first-admin page linked from the start-up log. Plain HTML: no script needed. */
@ApiExcludeController()
@Controller('setup')
export class SetupController {
  constructor(private readonly firstAdmin: FirstAdminService) {}

  @Get()
  @Public('the one-time setup link')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  form(@Query('token', new ZodValidationPipe(Token, 'token')) token: string): string {
    return page(
      'Driehoek: eerste beheerder',
      `<p>Nog niemand heeft een account. Maak de eerste beheerder aan, met de organisatie waarvoor u oefent; deze link werkt één keer.</p>
      <p lang="en">No one has an account yet. Create the first administrator and the organisation you exercise for; this link works once.</p>
      <form method="post" action="/setup">
        <input type="hidden" name="token" value="${escape(token)}">
        <label>Organisatie <input name="organisationName" required value="Beheer"></label>
        <label>Naam <input name="name" required></label>
        <label>E-mailadres <input name="email" type="email" required></label>
        <label>Wachtwoord (minstens ${MIN_PASSWORD_LENGTH} tekens) <input name="password" type="password" minlength="${MIN_PASSWORD_LENGTH}" required></label>
        <button type="submit">Beheerder aanmaken</button>
      </form>`,
    );
  }

  @Post()
  @HttpCode(201)
  @Public('the one-time setup link')
  @Throttle('setup', { limit: 10, windowMs: 60_000 })
  @Header('Content-Type', 'text/html; charset=utf-8')
  async create(@ZodBody(SetUp) body: z.infer<typeof SetUp>): Promise<string> {
    await this.firstAdmin.setUp(body.token, body);
    return page(
      'Driehoek: beheerder aangemaakt',
      `<p>De beheerder ${escape(body.email)} is aangemaakt. <a href="/signin">Meld u aan</a> met dit e-mailadres en wachtwoord: daar maakt u oefeningen aan en nodigt u anderen uit.</p>
      <p lang="en">The administrator ${escape(body.email)} has been created. <a href="/signin">Sign in</a> with this e-mail address and password to create exercises and invite others.</p>`,
    );
  }
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}
