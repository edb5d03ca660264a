import { ApiResponse } from '@nestjs/swagger';
import { ErrorCode, HTTP_STATUS } from '@driehoek/core';
import { COMMAND_RULES, type CommandKind } from '@driehoek/exercise';
import type { z } from 'zod';

const API_ERRORS_KEY = 'driehoek:api-errors';

/**
 * The success answer of a route, documented from the zod schema the end-to-end tests parse real
 * answers with. Exported schemas of responses.ts are named components of the document.
 */
export function ZodResponse(status: number, schema: z.ZodType, description?: string): MethodDecorator {
  return ApiResponse({
    status,
    description: description ?? DEFAULT_DESCRIPTION[status] ?? '',
    standardSchema: schema,
  });
}

/** A success without a body. */
export function NoContent(description = 'Done; no body'): MethodDecorator {
  return ApiResponse({ status: 204, description });
}

const DEFAULT_DESCRIPTION: Record<number, string> = { 200: 'OK', 201: 'Created' };

/** One way a route can fail, for the OpenAPI document: the status follows from the code. */
export interface ApiErrorReason {
  code: ErrorCode;
  description: string;
}

/**
 * Declares a failure this route can answer with, e.g. `@ApiError(ErrorCode.Conflict, 'Fired
 * already')`. The document lists every reason per status with the ErrorResponse schema; the
 * reasons every route of a policy shares (401, 403, 404) and those of a validated body or query
 * (422, 413) are added from the route's own metadata, so only the route's own are declared here.
 */
export function ApiError(code: ErrorCode, description: string): MethodDecorator {
  return (_target, _key, descriptor) => {
    addApiErrors(descriptor.value as object, { code, description });
  };
}

export function addApiErrors(handler: object, ...reasons: ApiErrorReason[]): void {
  const existing = apiErrorsOf(handler);
  Reflect.defineMetadata(API_ERRORS_KEY, [...existing, ...reasons], handler);
}

export function apiErrorsOf(handler: object): ApiErrorReason[] {
  return (Reflect.getMetadata(API_ERRORS_KEY, handler) as ApiErrorReason[] | undefined) ?? [];
}

export const statusOf = (code: ErrorCode): number => HTTP_STATUS[code];

/** The 409 of a write to an exercise, from the one table of status rules (COMMAND_RULES). */
export function ApiStatusRule(kind: CommandKind): MethodDecorator {
  return ApiError(
    ErrorCode.Conflict,
    `Allowed only while the exercise is ${COMMAND_RULES[kind].join(' or ')}; archived refuses every write`,
  );
}
