/**
 * Who may change cases: a bearer token listed in ZANGRAPH_EDITOR_TOKENS. Tokens are compared as SHA-256
 * digests with crypto.timingSafeEqual — equal lengths whatever the input, and every allowed token is compared
 * so the time taken says nothing about which one came close. Tokens never appear in errors or logs.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '../errors';
import { loadConfig } from '../config';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function isEditorToken(token: string | null | undefined, allowed: readonly string[]): boolean {
  if (!token) return false;
  const presented = digest(token);
  let match = false;
  for (const a of allowed) match = timingSafeEqual(presented, digest(a)) || match;
  return match;
}

/** The allowed tokens, as the server's configuration reads them from the environment. */
export function configuredEditorTokens(env: NodeJS.ProcessEnv = process.env): string[] {
  return loadConfig(env).editorTokens;
}

export function requireEditor(token: string | null | undefined, allowed: readonly string[] = configuredEditorTokens()): void {
  if (isEditorToken(token, allowed)) return;
  throw new UnauthenticatedError(token ? 'the bearer token is not an editor token' : 'this mutation needs "Authorization: Bearer <editor token>"');
}
