/** Everything a request needs, built once per request around one set of loaders. */
import type { DataSource } from 'typeorm';
import { currentDateInKazakhstan } from '../domain/point-in-time';
import { ActService } from './act.service';
import { AmendmentService } from './amendment.service';
import { ChangesService } from './changes.service';
import { createLoaders, type Loaders } from './loaders';
import { PointInTimeService } from './point-in-time.service';
import { CaseService } from './case.service';
import { CitationService } from './citation.service';
import { ClaimTypeService } from './claim-type.service';
import { SearchIndexService } from './search-index.service';
import type { SearchEngine } from '../search/search-engine';
import type { CorpusCache } from './corpus-cache';

export interface Services {
  loaders: Loaders;
  searchIndex: SearchIndexService;
  pit: PointInTimeService;
  acts: ActService;
  amendments: AmendmentService;
  changes: ChangesService;
  claimTypes: ClaimTypeService;
  cases: CaseService;
  citations: CitationService;
  search: SearchEngine;
}

/** Long-lived parts shared by every request. */
export interface SharedServices {
  search: SearchEngine;
  corpus: CorpusCache;
}

export function createServices(ds: DataSource, shared: SharedServices, today: string = currentDateInKazakhstan()): Services {
  const loaders = createLoaders(shared.corpus);
  const pit = new PointInTimeService(loaders, today);
  const acts = new ActService(loaders, pit);
  const amendments = new AmendmentService(loaders, pit);
  const changes = new ChangesService(loaders, pit, acts);
  const claimTypes = new ClaimTypeService(loaders, pit, acts);
  const citations = new CitationService(loaders);
  const cases = new CaseService(ds, loaders, pit, acts, claimTypes, citations);
  const searchIndex = new SearchIndexService(shared.search, loaders);
  return { loaders, searchIndex, pit, acts, amendments, changes, claimTypes, cases, citations, search: shared.search };
}
