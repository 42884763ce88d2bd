import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Act } from './act.type';
import { DateScalar } from './date.scalar';
import { Clause, Reference } from './clause.type';
import { PageInfo } from './pagination';

export enum CitationKindEnum {
  EXPLICIT = 'EXPLICIT',
  TOPICAL = 'TOPICAL',
}
registerEnumType(CitationKindEnum, {
  name: 'CitationKind',
  valuesConfig: {
    EXPLICIT: { description: 'the case text cites this clause' },
    TOPICAL: { description: "no explicit citation; linked because the case's claim type is governed by this clause" },
  },
});

export enum CitationStyleEnum {
  FULL = 'FULL',
  SHORT = 'SHORT',
}
registerEnumType(CitationStyleEnum, {
  name: 'CitationStyle',
  valuesConfig: {
    FULL: { description: 'the act named as its requisites do: "… 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысының 12-тармағы"' },
    SHORT: { description: 'the abbreviations practitioners write: "ҚР ЖС 09.07.1999 № 9 НҚ 12-т.", "п. 12 НП ВС РК от 09.07.1999 № 9"' },
  },
});

export enum WordingBasisEnum {
  DECISION_DATE = 'DECISION_DATE',
  QUOTE = 'QUOTE',
  QUOTE_SEVERAL = 'QUOTE_SEVERAL',
  NO_MATCH = 'NO_MATCH',
  NO_QUOTE = 'NO_QUOTE',
}
registerEnumType(WordingBasisEnum, {
  name: 'WordingBasis',
  description: 'How the wording at decision of a case citation was chosen',
  valuesConfig: {
    DECISION_DATE: { description: 'the wording on the decision date' },
    QUOTE: { description: 'the decision date is unknown: the one known wording the quoted words match' },
    QUOTE_SEVERAL: {
      description: 'the decision date is unknown: the quoted words are the same in several known wordings; the latest of them',
    },
    NO_MATCH: { description: 'the decision date is unknown and the quote matches no known wording: the wording is unknown' },
    NO_QUOTE: { description: 'the decision date is unknown and nothing is quoted: the wording is unknown' },
  },
});

/** Served from CaseService's CaseLink. */
@ObjectType('CaseCitation')
export class CaseCitation {
  @Field(() => CitationKindEnum) kind: CitationKindEnum;
  @Field(() => String, { nullable: true, description: 'the citing words, for EXPLICIT' }) quote: string | null;
  @Field({
    description:
      "false when the decision date is unknown: wordingAtDecision is then the wording the quote matches (see wordingBasis), never today's by default, and TOPICAL links are those of the clauses that may govern today",
  })
  decisionDateKnown: boolean;
  @Field(() => WordingBasisEnum, { description: 'how wordingAtDecision was chosen (added)' }) wordingBasis: WordingBasisEnum;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'the date statusAtDecision and wordingAtDecision are read at: the decision date, or a day the matched wording certainly applied; null when unknown (added)',
  })
  readAt: string | null;
  @Field(() => [String], { description: "for TOPICAL: the case's claim type codes that this clause governs" }) viaClaimTypes: string[];
}

@ObjectType('CaseCitationEdge')
export class CaseCitationEdge {
  @Field() cursor: string;
  @Field(() => CaseCitation) node: CaseCitation;
}

@ObjectType('CaseCitationConnection')
export class CaseCitationConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => [CaseCitationEdge]) edges: CaseCitationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('ResolvedCitation', { description: 'A legal citation found in free text and what it points to.' })
export class ResolvedCitation {
  @Field({ description: 'the matched span as written' }) text: string;
  @Field(() => Int, { description: 'character offsets in the input (UTF-16 code units, as JavaScript strings)' }) start: number;
  @Field(() => Int) end: number;
  @Field(() => Act, { nullable: true, description: 'when the cited act is in this knowledge base' }) act: Act | null;
  @Field(() => Clause, { nullable: true, description: 'when a clause of it is cited' }) clause: Clause | null;
  @Field(() => Reference, {
    nullable: true,
    description: 'when the citation points outside this knowledge base (e.g. Civil Code art. 938)',
  })
  reference: Reference | null;
}
