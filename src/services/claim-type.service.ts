/** Claim types and the clauses that govern them, as the law stood on a date. */
import type { ClaimTypeClauseEntity, ClaimTypeEntity, ClauseEntity } from '../entities';
import type { ActService } from './act.service';
import type { Loaders } from './loaders';
import type { PointInTimeService } from './point-in-time.service';

export interface GoverningLink {
  link: ClaimTypeClauseEntity;
  clause: ClauseEntity;
}

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

  /** Whether a clause could govern anything on that date: it exists and is not repealed. */
  async inForce(clause: ClauseEntity, asOf: string): Promise<boolean> {
    return (await this.pit.clauseStatus(clause, asOf)) === 'IN_FORCE';
  }

  /** The clauses that govern a claim type on a date: only those in force then (not yet inserted or repealed ones drop out). */
  async governing(code: string, asOf: string): Promise<GoverningLink[]> {
    const links = await this.linksOf(code);
    const clauses = await Promise.all(links.map((l) => this.acts.clause(l.clauseId)));
    const live = await Promise.all(clauses.map((c) => (c ? this.inForce(c, asOf) : false)));
    return links.flatMap((link, i) => (live[i] ? [{ link, clause: clauses[i]! }] : []));
  }

  /** The claim types a clause governs (at any time), in the order of the claim types. */
  async ofClause(clauseId: string): Promise<ClaimTypeEntity[]> {
    const codes = new Set((await this.linksOfClause(clauseId)).map((l) => l.claimTypeCode));
    return (await this.all()).filter((t) => codes.has(t.id));
  }
}
