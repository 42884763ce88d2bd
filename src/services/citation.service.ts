/**
 * Citations against what is in the database: the catalog of citable acts and clauses is built from the stored
 * inventory (acts and their clauses) once per data version, then used to read citations out of free text and to
 * write a clause's citation.
 */
import { buildCatalog, extractCitations, formatCitation, type CitationCatalog, type CitationLang, type CitationStyleName, type FoundCitation } from '../citations';
import type { Loaders } from './loaders';

export class CitationService {
  private catalogPromise: Promise<CitationCatalog> | null = null;

  constructor(private readonly loaders: Loaders) {}

  /** Built once per data version and shared by every request (it is the same for all of them). */
  catalog(): Promise<CitationCatalog> {
    this.catalogPromise ??= this.loaders.corpus.derived('citation-catalog', () => this.buildCatalog());
    return this.catalogPromise;
  }

  private async buildCatalog(): Promise<CitationCatalog> {
    const acts = await this.loaders.allActs.load('all');
    const clauses = await Promise.all(acts.map((a) => this.loaders.clausesByAct.load(a.id)));
    return buildCatalog(
      acts.map((a, i) => ({
        id: a.id,
        kind: a.kind,
        number: a.number,
        adoptedOn: a.adoptedOn,
        attachments: clauses[i].filter((c) => c.kind === 'ATTACHMENT').length,
        eIds: clauses[i].map((c) => c.eId),
      })),
    );
  }

  async extract(text: string): Promise<FoundCitation[]> {
    return extractCitations(text, await this.catalog());
  }

  /** The citation of a clause; null when the clause is not in the catalog. */
  async format(clauseId: string, lang: CitationLang, style: CitationStyleName): Promise<string | null> {
    const catalog = await this.catalog();
    const clause = catalog.clauses.find((c) => c.id === clauseId);
    const act = clause && catalog.acts.find((a) => a.id === clause.actId);
    return clause && act ? formatCitation(clause, act, lang, style) : null;
  }
}
