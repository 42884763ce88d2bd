import type { Services } from '../services';

export interface RequestContext {
  services: Services;
  /** Bearer token of the request, if any (mutations check it). */
  token: string | null;
}
