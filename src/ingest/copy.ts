/**
 * Rows into PostgreSQL by COPY … FROM STDIN: no statement per row and no JSON to build and parse, the fastest
 * way in. The text format is made here; CopyFromStdin drives the protocol through node-postgres.
 */
import { transcode } from 'node:buffer';

const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_SPECIALS = /[\\\n\r\t]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const copyText = (s: string) => (COPY_SPECIAL.test(s) ? s.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]) : s);

/**
 * One field of COPY's text format. It holds what the value becomes as JSON read into the column (the way rows
 * were written before, by jsonb_populate_recordset): JSON for jsonb, a string as it is, a number as JSON prints
 * it, anything JSON has no value for (undefined, a number that is not finite) as NULL.
 */
export function copyField(value: unknown, jsonb: boolean): string {
  if (value === null || value === undefined) return '\\N';
  if (jsonb) {
    const json = JSON.stringify(value);
    return json === undefined ? '\\N' : copyText(json);
  }
  switch (typeof value) {
    case 'string':
      return copyText(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : '\\N';
    case 'boolean':
      return value ? 'true' : 'false';
    default: {
      const text = JSON.stringify(value);
      if (text === undefined) return '\\N';
      const json: unknown = JSON.parse(text);
      return json === null ? '\\N' : copyText(typeof json === 'string' ? json : JSON.stringify(json));
    }
  }
}

export interface CopyColumn {
  /** Where the value is in a row object. */
  property: string;
  jsonb: boolean;
}

/** Rows per piece of COPY data: about a megabyte of wordings. */
const COPY_ROWS = 1000;

/** The COPY data of the rows, in pieces of UTF-8, each made only when the one before has been sent. */
export function* copyData(rows: readonly Record<string, unknown>[], columns: readonly CopyColumn[]): Generator<Buffer> {
  for (let i = 0; i < rows.length; i += COPY_ROWS) {
    const lines = rows.slice(i, i + COPY_ROWS).map((r) => columns.map((c) => copyField(r[c.property], c.jsonb)).join('\t'));
    yield encodeUtf8(`${lines.join('\n')}\n`);
  }
}

/** ES2024, in every Node this project supports; typed here because the compiler targets ES2022. */
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/**
 * Buffer.from(text, 'utf8'), sooner: Node's own encoder goes code point by code point through Cyrillic text;
 * ICU converts well-formed UTF-16 to the same bytes several times faster. Lone surrogates take the ordinary
 * path (and its replacement characters).
 */
export function encodeUtf8(text: string): Buffer {
  if (isWellFormed?.call(text)) {
    try {
      return transcode(Buffer.from(text, 'utf16le'), 'utf16le', 'utf8');
    } catch {
      // a Node built without ICU
    }
  }
  return Buffer.from(text, 'utf8');
}

interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

/** Bytes per CopyData message. */
const COPY_CHUNK = 1 << 16;

/**
 * COPY … FROM STDIN as a node-postgres "submittable" (the extension point pg-cursor and pg-copy-streams use):
 * the client hands it the protocol messages of the statement. Each piece of data is made while PostgreSQL
 * takes in the one before. `done` settles when the server is ready for the next statement, or with the first
 * error: the server's, or one thrown while making the data (the COPY is then abandoned with CopyFail).
 */
export class CopyFromStdin {
  readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (e: unknown) => void;
  private failed = false;

  constructor(
    readonly text: string,
    private readonly pieces: Iterable<Buffer>,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection): void {
    void this.send(connection);
  }

  private async send(connection: PgConnection): Promise<void> {
    try {
      for (const piece of this.pieces) {
        if (this.failed) break;
        for (let i = 0; i < piece.length; i += COPY_CHUNK) connection.sendCopyFromChunk(piece.subarray(i, i + COPY_CHUNK));
        // the socket drains while the next piece is made
        await new Promise((resolve) => setImmediate(resolve));
      }
      // after a server error too: the server ignores the rest of the data and this end of it
      connection.endCopyFrom();
    } catch (error) {
      this.fail(error);
      connection.sendCopyFail(error instanceof Error ? error.message : String(error));
    }
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.reject(error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.resolve();
  }

  handleError(error: unknown): void {
    this.fail(error);
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}
