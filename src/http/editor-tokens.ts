/**
 * Who may change cases: a bearer token listed in ZANGRAPH_EDITOR_TOKENS (read once, by src/config.ts). Tokens
 * are compared as SHA-256 digests with crypto.timingSafeEqual — equal lengths whatever the input, and every
 * allowed token is compared so the time taken says nothing about which one came close. Tokens never appear in
 * errors or logs.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function isEditorToken(token: string | null | undefined, allowed: readonly string[]): boolean {
  if (!token) return false;
  const presented = digest(token);
  let match = false;
  for (const a of allowed) match = timingSafeEqual(presented, digest(a)) || match;
  return match;
}
