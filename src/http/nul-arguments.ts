/**
 * No argument may hold U+0000 (NUL): no legal text contains it, and PostgreSQL refuses it in text, so it would
 * surface as an internal error from whichever query it reached. Checked once per request for every argument,
 * string literals of the document and variable values alike, before anything runs.
 */
import { visit, type DocumentNode } from 'graphql';
import { UserInputError } from '../errors';

const NUL = '\u0000';

const literalsWithNul = new WeakMap<DocumentNode, boolean>();

function documentHasNul(document: DocumentNode): boolean {
  let known = literalsWithNul.get(document);
  if (known === undefined) {
    known = false;
    visit(document, {
      StringValue(node) {
        if (node.value.includes(NUL)) known = true;
      },
    });
    literalsWithNul.set(document, known);
  }
  return known;
}

/**
 * The path of the first variable value that holds NUL ("input.court", "ids.2"), or null. Walked with a list
 * rather than recursion: variables may nest as deep as a megabyte of JSON allows.
 */
export function variableWithNul(variables: unknown): string | null {
  const pending: Array<[unknown, string]> = [[variables, '']];
  while (pending.length) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return path;
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value).reverse()) pending.push([v, path ? `${path}.${k}` : k]);
    }
  }
  return null;
}

/** Throws BAD_USER_INPUT (HTTP 400) when a literal or a variable of the request holds NUL. */
export function refuseNulArguments(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const variable = variableWithNul(variables ?? {});
  if (variable !== null)
    throw new UserInputError(
      `variable "$${variable}" holds the character U+0000 (NUL), which no argument may contain`,
      { argumentName: variable.split('.')[0] },
      { httpStatus: 400 },
    );
  if (documentHasNul(document))
    throw new UserInputError(
      'a string in the query holds the character U+0000 (NUL), which no argument may contain',
      {},
      { httpStatus: 400 },
    );
}
