import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { AppException } from './app.exception';
import { ErrorCode, HTTP_STATUS } from './error-code';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BadRequest,
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  422: ErrorCode.ValidationFailed,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.ServiceUnavailable,
};

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: unknown[];
  [extra: string]: unknown;
}

/** Maps any error to a JSON body; unexpected ones are logged with their stack and never leak it. */
export function toErrorBody(error: unknown, logger?: Logger): ErrorBody {
  if (error instanceof AppException) {
    const statusCode = HTTP_STATUS[error.code];
    return {
      statusCode,
      code: error.code,
      message: error.message,
      ...(error.errors && { errors: error.errors }),
      ...error.extra,
    };
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? [response.message].flat().join('; ')
        : error.message;
    return {
      statusCode,
      code: CODE_BY_STATUS[statusCode] ?? (statusCode >= 500 ? ErrorCode.Internal : ErrorCode.BadRequest),
      message,
    };
  }
  logger?.error({ err: error }, 'unhandled error');
  return { statusCode: 500, code: ErrorCode.Internal, message: 'Internal server error' };
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(error, this.logger);
    // type() first: a route may have set another Content-Type (YAML) before it failed.
    response.status(body.statusCode).type('application/json').json(body);
  }
}
