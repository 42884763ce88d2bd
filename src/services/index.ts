/** Everything a request needs, built once per request around one set of loaders. */
import type { DataSource } from 'typeorm';
import { todayInKazakhstan } from '../domain/point-in-time';
import { ActService } from './act.service';
import { AmendmentService } from './amendment.service';
import { ChangesService } from './changes.service';
import { createLoaders, type Loaders } from './loaders';
import { PointInTimeService } from './point-in-time.service';

export interface Services {
  loaders: Loaders;
  pit: PointInTimeService;
  acts: ActService;
  amendments: AmendmentService;
  changes: ChangesService;
}

export function createServices(ds: DataSource, today: string = todayInKazakhstan()): Services {
  const loaders = createLoaders(ds);
  const pit = new PointInTimeService(loaders, today);
  const acts = new ActService(loaders, pit);
  const amendments = new AmendmentService(loaders, pit);
  const changes = new ChangesService(loaders, pit, acts);
  return { loaders, pit, acts, amendments, changes };
}
