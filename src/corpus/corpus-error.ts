/** A corpus file that cannot be used, named with the field or line at fault. */
export class CorpusError extends Error {
  readonly name = 'CorpusError';
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}
