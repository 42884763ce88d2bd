import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { Node } from './node.interface';
import { PageInfo } from './pagination';

export enum CaseOriginEnum {
  CORPUS = 'CORPUS',
  EDITOR = 'EDITOR',
}
registerEnumType(CaseOriginEnum, {
  name: 'CaseOrigin',
  valuesConfig: {
    CORPUS: { description: 'from corpus/cases, reviewed with the corpus; changed only by editing its file' },
    EDITOR: { description: 'added through the API (upsertCase); kept across restarts and re-ingests' },
  },
});

@ObjectType('Case', {
  implements: Node,
  description: 'A court case. Summaries and outcomes are written by the project (unofficial), never copied from the source.',
})
export class Case implements Node {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) caseNumber: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'null when the sources do not give it' }) decidedOn: string | null;
  @Field(() => Float, { nullable: true }) amountAwardedKzt: number | null;
  @Field() sourceUrl: string;
  @Field(() => [String], { description: 'further reports of the same case' }) otherSources: string[];
  @Field(() => CaseOriginEnum) origin: CaseOriginEnum;
  @Field(() => Int, {
    description: 'grows with every write of the case; send it back as ifVersion so that a write made meanwhile by someone else is not lost',
  })
  version: number;
}

@ObjectType('CaseEdge')
export class CaseEdge {
  @Field() cursor: string;
  @Field(() => Case) node: Case;
}

@ObjectType('CaseConnection')
export class CaseConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => [CaseEdge]) edges: CaseEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('CaseReference', { description: 'A norm outside this knowledge base that the case cites, e.g. Civil Code art. 941 p. 1.' })
export class CaseReference {
  @Field(() => String, { nullable: true, description: 'the citing words, when extracted from a decision text' }) text: string | null;
  @Field({ description: '"civil-code", "civil-procedure-code", "labour-code", "constitution", … (as in Reference.targetAct)' })
  targetAct: string;
  @Field(() => String, { nullable: true }) article: string | null;
  @Field(() => String, { nullable: true }) point: string | null;
  @Field(() => String, { nullable: true }) part: string | null;
  @Field(() => String, { nullable: true }) subpoint: string | null;
  @Field(() => String, { nullable: true, description: 'chapter (тарау / глава) of a code' }) chapter: string | null;
}

@InputType('CaseFilter')
export class CaseFilter {
  @Field(() => String, { nullable: true, description: 'a ClaimType code' }) claimType?: string | null;
  @Field(() => ID, { nullable: true, description: 'cases linked to this clause, explicitly or through their claim types' }) clauseId?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'decidedOn ≥ from (cases without a known date are left out)' }) from?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'decidedOn ≤ to (cases without a known date are left out)' }) to?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'words that must all occur in the court, number, summary or outcome (Kazakh or Russian)',
  })
  query?: string | null;
}

@InputType('CaseInput')
export class CaseInput {
  @Field(() => ID, { nullable: true, description: 'omit to create; the id of a case added through the API to replace it' }) id?:
    string | null;
  @Field({ description: 'the court, in Kazakh' }) court: string;
  @Field(() => String, { nullable: true }) courtRu?: string | null;
  @Field(() => String, { nullable: true }) caseNumber?: string | null;
  @Field(() => DateScalar, { nullable: true }) decidedOn?: string | null;
  @Field(() => [String], { description: 'ClaimType codes' }) claimTypes: string[];
  @Field({ description: 'in Kazakh' }) outcome: string;
  @Field(() => String, { nullable: true }) outcomeRu?: string | null;
  @Field(() => Float, { nullable: true }) amountAwardedKzt?: number | null;
  @Field({ description: "the project's own summary, in Kazakh" }) summary: string;
  @Field(() => String, { nullable: true }) summaryRu?: string | null;
  @Field({ description: 'http(s) URL of the published decision or report' }) sourceUrl: string;
  @Field(() => String, {
    nullable: true,
    description:
      'optional decision text: the clauses it cites are stored as EXPLICIT citations (the text itself is not stored). Left out on an update, the stored citations stay.',
  })
  text?: string | null;
}
