import type { Services } from '../services';

export interface RequestContext {
  services: Services;
  /** Who sent the request: its bearer token, if any, and whether it is an editor's (src/http/editor-tokens.ts). */
  auth: { token: string | null; editor: boolean };
}
