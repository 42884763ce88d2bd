/** Claim types and the clauses that govern them, as the law stood on a date. */
import type { ProvisionStatus } from '../domain/types';
import type { ClaimTypeClauseEntity, ClaimTypeEntity, ClauseEntity } from '../entities';
import type { ActService } from './act.service';
import type { Loaders } from './loaders';
import type { PointInTimeService } from './point-in-time.service';

export interface GoverningLink {
  link: ClaimTypeClauseEntity;
  clause: ClauseEntity;
  /** Its status on the date asked: IN_FORCE or UNCERTAIN for a governing clause, UNKNOWN for one without evidence. */
  status: ProvisionStatus;
}

/** Statuses under which a clause may govern on a date: in force, or inside a window where it may be. */
export const MAY_GOVERN: ReadonlySet<ProvisionStatus> = new Set(['IN_FORCE', 'UNCERTAIN']);

export class ClaimTypeService {
  constructor(
    private readonly loaders: Loaders,
    private readonly pit: PointInTimeService,
    private readonly acts: ActService,
  ) {}

  all(): Promise<readonly ClaimTypeEntity[]> {
    return this.loaders.allClaimTypes.load('all');
  }

  async byCode(code: string): Promise<ClaimTypeEntity | null> {
    return (await this.all()).find((t) => t.id === code) ?? null;
  }

  /** Links of one claim type, in the order the corpus lists them. */
  async linksOf(code: string): Promise<ClaimTypeClauseEntity[]> {
    return [...((await this.loaders.catalog()).governingLinksByClaimType.get(code) ?? [])];
  }

  async linksOfClause(clauseId: string): Promise<ClaimTypeClauseEntity[]> {
    return [...((await this.loaders.catalog()).governingLinksByClause.get(clauseId) ?? [])];
  }

  /** Whether a clause could govern anything on that date: it is in force, or may be (UNCERTAIN). */
  async mayGovern(clause: ClauseEntity, asOf: string): Promise<boolean> {
    return MAY_GOVERN.has(await this.pit.clauseStatus(clause, asOf));
  }

  /** Every link of a claim type with the status of its clause on a date. */
  private async linksAt(code: string, asOf: string): Promise<GoverningLink[]> {
    const links = await this.linksOf(code);
    const clauses = await Promise.all(links.map((l) => this.acts.clause(l.clauseId)));
    const statuses = await Promise.all(clauses.map((c) => (c ? this.pit.clauseStatus(c, asOf) : null)));
    return links.flatMap((link, i) => (clauses[i] && statuses[i] ? [{ link, clause: clauses[i]!, status: statuses[i]! }] : []));
  }

  /**
   * The clauses that govern a claim type on a date: only those whose status then is evidenced as in force or
   * possibly in force (UNCERTAIN, flagged by their status); not yet inserted, repealed and unknown ones drop out.
   */
  async governing(code: string, asOf: string): Promise<GoverningLink[]> {
    return (await this.linksAt(code, asOf)).filter((g) => MAY_GOVERN.has(g.status));
  }

  /** The clauses linked to a claim type of which the corpus holds no evidence on that date: the law then is not known. */
  async unknownGoverning(code: string, asOf: string): Promise<GoverningLink[]> {
    return (await this.linksAt(code, asOf)).filter((g) => g.status === 'UNKNOWN');
  }

  /** The claim types a clause governs (at any time), in the order of the claim types. */
  async ofClause(clauseId: string): Promise<ClaimTypeEntity[]> {
    const codes = new Set((await this.linksOfClause(clauseId)).map((l) => l.claimTypeCode));
    return (await this.all()).filter((t) => codes.has(t.id));
  }
}
