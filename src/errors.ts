/**
 * The errors a client can be told about, each with the code it carries in `extensions.code` and, where the
 * contract ties one to the code, the HTTP status of the answer. One module, so that a code means the same thing
 * wherever it is raised and the HTTP layer needs no list of its own.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

/** The HTTP status an error code gives the whole answer; codes not listed keep GraphQL's 200 (or Apollo's 400). */
export const HTTP_STATUS_OF_CODE: Readonly<Partial<Record<ErrorCode, number>>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
};

/** Seconds a client should wait before retrying after a SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 2;

type Details = Record<string, unknown>;

/** Base of the typed errors: a GraphQLError whose extensions hold the code, the details and the HTTP status. */
export abstract class ZangraphError extends GraphQLError {
  abstract readonly code: ErrorCode;

  protected constructor(message: string, code: ErrorCode, details: Details = {}, httpStatus?: number, headers?: Record<string, string>) {
    const status = httpStatus ?? HTTP_STATUS_OF_CODE[code];
    super(message, {
      extensions: {
        ...details,
        code,
        // read (and removed from the answer) by Apollo: it sets the status and headers of the HTTP response
        ...(status !== undefined ? { http: { status, ...(headers ? { headers: new Map(Object.entries(headers)) } : {}) } } : {}),
      },
    });
    this.name = new.target.name;
  }
}

/** Input the server will not act on; `details` name the argument or field (argumentName, field, …). */
export class BadUserInputError extends ZangraphError {
  readonly code = 'BAD_USER_INPUT' as const;
  /** `httpStatus`: 400 when the whole request is refused before it runs; none for one field's error. */
  constructor(message: string, details: Details = {}, httpStatus?: number) {
    super(message, 'BAD_USER_INPUT', details, httpStatus);
  }
}

/**
 * A request over one of the documented limits. The extensions say which limit, its value and what was measured,
 * so a client knows what to change. Refused before it runs, the answer is HTTP 400 (`beforeExecution`); found
 * while a field resolves, it is that field's error, as any other.
 */
export class LimitExceededError extends ZangraphError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    message: string,
    readonly limit: string,
    readonly max: number,
    readonly measured: number | string,
    opts: { details?: Details; beforeExecution?: boolean } = {},
  ) {
    super(message, 'BAD_USER_INPUT', { ...opts.details, limit, max, measured }, opts.beforeExecution === false ? undefined : 400);
  }
}

/** No valid credentials: HTTP 401 with a Bearer challenge. */
export class UnauthenticatedError extends ZangraphError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', {}, 401, { 'www-authenticate': 'Bearer realm="zangraph"' });
  }
}

/** Valid credentials that do not allow this: HTTP 403. */
export class ForbiddenError extends ZangraphError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message: string, details: Details = {}) {
    super(message, 'FORBIDDEN', details);
  }
}

export class NotFoundError extends ZangraphError {
  readonly code = 'NOT_FOUND' as const;
  constructor(message: string, details: Details = {}) {
    super(message, 'NOT_FOUND', details);
  }
}

/**
 * A write made against a version that is no longer the current one (another editor wrote or deleted first).
 * `currentVersion` is null when the record is gone.
 */
export class ConflictError extends ZangraphError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, details: { id: string; expectedVersion: number; currentVersion: number | null }) {
    super(message, 'CONFLICT', details);
  }
}

/** A backing service cannot be reached: HTTP 503 with Retry-After; the client should try again shortly. */
export class ServiceUnavailableError extends ZangraphError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(message = 'a backing service (the database) is unavailable; retry shortly') {
    super(message, 'SERVICE_UNAVAILABLE', { retryAfterSeconds: RETRY_AFTER_SECONDS }, 503, { 'retry-after': String(RETRY_AFTER_SECONDS) });
  }
}
