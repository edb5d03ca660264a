import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** One structured line per request with its outcome and duration. */
export function requestLogger(logger: Logger) {
  const log = logger.child({ context: 'http' });
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    res.on('finish', () => {
      const entry = {
        method: req.method,
        url: req.originalUrl,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      };
      if (res.statusCode >= 500) log.error(entry, 'request failed');
      else log.info(entry, 'request');
    });
    next();
  };
}
