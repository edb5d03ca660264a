import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { json, type NextFunction, type Request, type Response } from 'express';
import { ErrorCode } from '@driehoek/core';

export const YAML_MEDIA_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

export const JSON_LIMIT = '256kb';
export const YAML_LIMIT = '1mb';
/**
 * An exercise export (POST /api/imports) carries a whole log: it gets its own, larger limit. Only
 * that route, only POST: everywhere else a body past JSON_LIMIT is still refused before it is read.
 */
export const IMPORT_JSON_LIMIT = '20mb';
export const IMPORT_PATH = '/api/imports';

/**
 * Size-limited JSON and YAML bodies. Body-parser errors happen before Nest's routing, so they get
 * their own handler here that answers in the same JSON shape as every other error.
 */
export function useBodyParsers(app: NestExpressApplication): void {
  // First, so that the general parser below finds the import's body read already and leaves it.
  const importJson = json({ limit: IMPORT_JSON_LIMIT });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.method === 'POST' && req.path.replace(/\/+$/, '') === IMPORT_PATH
      ? importJson(req, res, next)
      : next(),
  );
  app.useBodyParser('json', { limit: JSON_LIMIT });
  // Nest's types leave out `verify` because Nest sets its own with `rawBody: true`; this app does
  // not use rawBody, so Nest hands the options to express.text unchanged.
  app.useBodyParser('text', {
    type: YAML_MEDIA_TYPES,
    limit: YAML_LIMIT,
    defaultCharset: 'utf-8',
    verify: onlyUtf8,
  } as NestExpressBodyParserOptionsFor<'text'>);
  // Only the plain-HTML first-admin form posts url-encoded.
  app.useBodyParser('urlencoded', { limit: '16kb', extended: false });
  app.use(
    (error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (!error) return next();
      const tooLarge = error.type === 'entity.too.large';
      const statusCode = tooLarge
        ? 413
        : error.type === 'encoding.unsupported' ||
            error.type === 'charset.unsupported' ||
            error.type === 'encoding.invalid'
          ? 415
          : 400;
      res.status(statusCode).json({
        statusCode,
        code: tooLarge
          ? ErrorCode.PayloadTooLarge
          : statusCode === 415
            ? ErrorCode.UnsupportedMediaType
            : ErrorCode.BadRequest,
        message: tooLarge
          ? 'The request body is too large'
          : `The request body could not be read: ${error.type === 'entity.parse.failed' ? 'malformed JSON' : error.message}`,
      });
    },
  );
}

/**
 * YAML is read as UTF-8 only. body-parser would decode any charset iconv knows — UTF-7 among them,
 * whose `+ADw-` spells `<` and slips past anything that looks at the bytes — and would replace
 * invalid bytes with U+FFFD without a word, storing a document other than the one sent.
 */
function onlyUtf8(_req: IncomingMessage, _res: unknown, body: Buffer, encoding: string): void {
  const charset = encoding.toLowerCase();
  if (charset !== 'utf-8' && charset !== 'utf8')
    throw Object.assign(
      new Error(
        `charset "${encoding}" is not accepted: YAML is read as UTF-8 only; send it as UTF-8 (Content-Type: application/yaml; charset=utf-8)`,
      ),
      { type: 'charset.unsupported' },
    );
  if (!isUtf8(body)) {
    const offset = firstInvalidUtf8(body);
    const line = body.subarray(0, offset).reduce((lines, byte) => lines + (byte === 0x0a ? 1 : 0), 1);
    throw Object.assign(
      new Error(
        `it is not valid UTF-8: the bytes at line ${line} (byte ${offset + 1}) are not a UTF-8 character; save the file as UTF-8`,
      ),
      { type: 'encoding.invalid' },
    );
  }
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length || i + length > bytes.length) return i;
    // The second byte's range rules out overlong forms, surrogates (ED A0–BF) and > U+10FFFF.
    const second = bytes[i + 1];
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return bytes.length;
}
