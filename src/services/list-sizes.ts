/**
 * How many items each list of the schema holds at most, as the database says now: the query cost multiplies
 * by these rather than by a guess (an act has ~22 clauses, not 10). Read again whenever the data version moves;
 * until the first read, and for lists the database cannot count, the ceilings given apply.
 */
import type { DataSource } from 'typeorm';

/** How many items a list field returns at most; undefined when not known (the default ceiling applies). */
export type ListSizeOf = (typeName: string, fieldName: string) => number | undefined;

/**
 * Where list sizes come from: `sizes` answers for the lists whose length the server knows (it may change with the
 * data: `generation` then moves, and remembered costs are computed again).
 */
export interface ListSizeSource {
  readonly generation: number;
  sizeOf: ListSizeOf;
}

/** One statement: each figure is the largest group of its kind. */
const COUNTS_SQL = `
  SELECT
    (SELECT count(*) FROM act) AS acts,
    (SELECT count(*) FROM amending_act) AS amending_acts,
    (SELECT count(*) FROM amendment) AS amendments,
    (SELECT count(*) FROM claim_type) AS claim_types,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM clause GROUP BY act_id) x) AS clauses_per_act,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM clause WHERE parent_id IS NOT NULL GROUP BY parent_id) x) AS children,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM amendment GROUP BY act_id) x) AS amendments_per_act,
    (SELECT max(n) FROM (SELECT count(DISTINCT effective_from) AS n FROM amendment GROUP BY act_id) x) AS versions_per_act,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM amendment GROUP BY act_id, effective_from) x) AS amendments_per_version,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM amendment GROUP BY amending_act_id) x) AS amendments_per_amending_act,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM reference GROUP BY clause_id) x) AS references_per_clause,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM wording GROUP BY act_id, target, lang) x) AS wordings_per_unit,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM note GROUP BY act_id, lang) x) AS notes_per_act,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM claim_type_clause GROUP BY clause_id) x) AS claim_types_per_clause,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM claim_type_clause GROUP BY claim_type_code) x) AS clauses_per_claim_type,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM case_claim_type GROUP BY case_id) x) AS claim_types_per_case,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM case_reference GROUP BY case_id) x) AS references_per_case,
    (SELECT max(n) FROM (SELECT count(*) AS n FROM case_citation GROUP BY case_id) x) AS explicit_per_case,
    (SELECT max(n) FROM (
      SELECT sum(g.n) AS n FROM case_claim_type c
      JOIN (SELECT claim_type_code, count(*) AS n FROM claim_type_clause GROUP BY claim_type_code) g USING (claim_type_code)
      GROUP BY c.case_id) x) AS topical_per_case`;

type Counts = Record<string, string | number | null>;

/** Which list each figure bounds (a list bounded by a larger group than its own is still bounded). */
function sizesFrom(c: Counts): Map<string, number> {
  const n = (k: string) => Math.max(1, Number(c[k] ?? 0));
  return new Map([
    ['Query.acts', n('acts')],
    ['Query.amendingActs', n('amending_acts')],
    ['Query.amendments', n('amendments')],
    ['Query.claimTypes', n('claim_types')],
    ['Query.changes', n('clauses_per_act')],
    ['Act.clauses', n('clauses_per_act')],
    ['Act.amendments', n('amendments_per_act')],
    ['Act.versions', n('versions_per_act')],
    ['Act.notes', n('notes_per_act')],
    ['ActVersion.amendments', n('amendments_per_version')],
    ['AmendingAct.amendments', n('amendments_per_amending_act')],
    ['Clause.children', n('children')],
    // the events of the clause and of what contains it: never more than its act's
    ['Clause.history', n('amendments_per_act')],
    ['ClauseChange.amendments', n('amendments_per_act')],
    ['Clause.references', n('references_per_clause')],
    ['Clause.versions', n('wordings_per_unit') + 1],
    ['Clause.notes', n('notes_per_act')],
    ['Clause.noteTexts', n('notes_per_act')],
    ['Clause.claimTypes', n('claim_types_per_clause')],
    ['ClaimType.governingClauses', n('clauses_per_claim_type')],
    ['ClaimType.unknownGoverningClauses', n('clauses_per_claim_type')],
    ['Case.claimTypes', n('claim_types_per_case')],
    ['Case.references', n('references_per_case')],
    ['Case.citations', n('explicit_per_case') + n('topical_per_case')],
    ['CaseCitation.viaClaimTypes', n('claim_types_per_case')],
  ]);
}

export class ListSizes implements ListSizeSource {
  private sizes = new Map<string, number>();
  private _generation = 0;
  private refreshing: Promise<void> | null = null;

  /** `ceilings`: sizes of lists the database does not hold (introspection, per-request limits). */
  constructor(
    private readonly ds: DataSource,
    private readonly ceilings: ListSizeOf,
  ) {}

  get generation(): number {
    return this._generation;
  }

  readonly sizeOf: ListSizeOf = (typeName, fieldName) => this.sizes.get(`${typeName}.${fieldName}`) ?? this.ceilings(typeName, fieldName);

  /** Reads the counts again; one read at a time (a read asked for meanwhile joins it). */
  refresh(): Promise<void> {
    this.refreshing ??= this.ds
      .query(COUNTS_SQL)
      .then((rows: Counts[]) => {
        this.sizes = sizesFrom(rows[0] ?? {});
        this._generation++;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** The sizes now in force, for the operations doc and tests. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.sizes);
  }
}
