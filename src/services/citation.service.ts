/**
 * Citations against what is in the database: the catalog of citable acts and clauses is built from the stored
 * inventory (acts and their clauses) once per data version, then used to read citations out of free text and to
 * write a clause's citation.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  buildCatalog,
  extractionSteps,
  formatCitation,
  type CitationCatalog,
  type CitationLang,
  type CitationStyleName,
  type FoundCitation,
} from '../citations';
import { LimitExceededError } from '../errors';
import type { Loaders } from './loaders';

/** What one extraction may be asked to do (docs/operations.md, "Limits"). */
export interface CitationLimits {
  /** Characters of text (UTF-16 code units, as the offsets count them). */
  maxTextLength: number;
  /** Citations found (a list or range cites each clause it covers). */
  maxCitations: number;
}

export const CITATION_LIMITS: CitationLimits = { maxTextLength: 100_000, maxCitations: 1_000 };

/** Texts longer than this let other requests run between the passes of their extraction. */
const PAUSE_ABOVE = 4_000;

export class CitationService {
  private catalogPromise: Promise<CitationCatalog> | null = null;

  constructor(private readonly loaders: Loaders) {}

  /** Built once per data version and shared by every request (it is the same for all of them). */
  catalog(): Promise<CitationCatalog> {
    this.catalogPromise ??= this.loaders.corpus.derived('citation-catalog', () => this.buildCatalog());
    return this.catalogPromise;
  }

  private async buildCatalog(): Promise<CitationCatalog> {
    // the clauses' identifiers only, not every act's facts: the catalog is the one thing here that spans the corpus
    const [acts, outlines] = await Promise.all([this.loaders.allActs.load('all'), this.loaders.clauseOutlines.load()]);
    return buildCatalog(
      acts.map((a) => ({
        id: a.id,
        kind: a.kind,
        number: a.number,
        adoptedOn: a.adoptedOn,
        attachments: outlines.get(a.id)?.attachments ?? 0,
        eIds: outlines.get(a.id)?.eIds ?? [],
      })),
    );
  }

  /**
   * The citations of a text, within the limits; over one, a BAD_USER_INPUT naming it (`argument`: what the text
   * was sent as). Work on a long text pauses between passes, so the server keeps answering meanwhile.
   */
  async extract(text: string, limits: CitationLimits = CITATION_LIMITS, argument = 'text'): Promise<FoundCitation[]> {
    const { maxTextLength, maxCitations } = limits;
    if (text.length > maxTextLength) {
      throw new LimitExceededError(
        `"${argument}" is ${text.length} characters long; the limit is ${maxTextLength} characters: send it in parts`,
        'textLength',
        maxTextLength,
        text.length,
        {
          details: { argumentName: argument },
          beforeExecution: false,
        },
      );
    }
    const steps = extractionSteps(text, await this.catalog(), {}, { maxCitations });
    for (;;) {
      const step = steps.next();
      if (step.done) {
        if (step.value.complete) return step.value.found;
        throw new LimitExceededError(
          `"${argument}" cites more than ${maxCitations} clauses and norms; the limit is ${maxCitations} per request: send it in parts`,
          'citations',
          maxCitations,
          `over ${maxCitations}`,
          {
            details: { argumentName: argument },
            beforeExecution: false,
          },
        );
      }
      if (text.length > PAUSE_ABOVE) await nextTurn();
    }
  }

  /** The citation of a clause; null when the clause is not in the catalog. */
  async format(clauseId: string, lang: CitationLang, style: CitationStyleName): Promise<string | null> {
    const catalog = await this.catalog();
    const clause = catalog.clauses.find((c) => c.id === clauseId);
    const act = clause && catalog.acts.find((a) => a.id === clause.actId);
    return clause && act ? formatCitation(clause, act, lang, style) : null;
  }
}
