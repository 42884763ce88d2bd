/** Per-request counters that follow the request through async calls (SQL statements run for it). */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestStats {
  sqlStatements: number;
}

export const requestStats = new AsyncLocalStorage<RequestStats>();
