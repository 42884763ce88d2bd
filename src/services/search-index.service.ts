/** The search index as editors manage it: rebuilt from PostgreSQL on request. */
import type { SearchEngine } from '../search/search-engine';
import type { Loaders } from './loaders';

export class SearchIndexService {
  constructor(
    private readonly search: SearchEngine,
    private readonly loaders: Loaders,
  ) {}

  /** Rebuilds the index; answers may differ after it, so what requests remember is dropped as after a write. */
  async rebuild(): Promise<void> {
    await this.search.rebuild();
    this.loaders.dropRemembered();
  }
}
