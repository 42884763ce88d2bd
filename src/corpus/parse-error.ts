/** Every way an act file can be unusable, as a code a caller can branch on. */
export type ParseErrorCode =
  | 'EMPTY_INPUT'
  | 'NO_TITLE'
  | 'NO_REQUISITES'
  | 'NO_CLAUSES'
  | 'POINT_OUT_OF_ORDER'
  | 'DUPLICATE_CLAUSE'
  | 'ORPHAN_SUBPOINT'
  | 'UNPARSEABLE_NOTE'
  | 'UNEXPECTED_TEXT';

/** A defect of the input file, located by its 1-based line number. Never thrown for a bug of the parser. */
export class ParseError extends Error {
  readonly name = 'ParseError';
  constructor(
    readonly code: ParseErrorCode,
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}
