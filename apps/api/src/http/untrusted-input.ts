import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppException, ErrorCode, toErrorBody, untrustedJsonProblem, type FieldError } from '@driehoek/core';

/**
 * Before any route: a JSON body or query that nests too deep or holds text PostgreSQL cannot store
 * (a NUL, an unpaired surrogate), and a path with an encoded NUL, answer 422 naming the field —
 * instead of a 500 from deep inside. Registered right after the body parsers.
 */
export function useUntrustedInputCheck(app: NestExpressApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    const found =
      pathProblem(req) ??
      prefixed('query', untrustedJsonProblem(req.query)) ??
      (isJson(req) ? untrustedJsonProblem(req.body) : undefined);
    if (!found) return next();
    const error = toErrorBody(
      new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [found]),
    );
    res.status(error.statusCode).json(error);
  });
}

function isJson(req: Request): boolean {
  return typeof req.body === 'object' && req.body !== null;
}

function pathProblem(req: Request): FieldError | undefined {
  return /%00/i.test(req.path) || req.path.includes('\u0000')
    ? { path: 'path', message: 'must not contain a NUL character', code: 'invalid_text' }
    : undefined;
}

function prefixed(where: string, problem: FieldError | undefined): FieldError | undefined {
  return problem && { ...problem, path: problem.path ? `${where}.${problem.path}` : where };
}
