import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Clause } from './clause.type';
import { DateScalar } from './date.scalar';
import { LangEnum } from './enums';
import { PageInfo } from './pagination';

@InputType('SearchFilter')
export class SearchFilter {
  @Field(() => [ID], { nullable: true }) actIds?: string[];
  @Field(() => [String], { nullable: true, description: 'ClaimType codes' }) claimTypes?: string[];
  @Field(() => DateScalar, { nullable: true, description: 'search the law as it stood on that date' }) asOf?: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) includeRepealed?: boolean | null;
  @Field(() => ID, {
    nullable: true,
    description: 'clauses changed by this amending act (a change to the clause, to a part of it, or to what contains it)',
  })
  amendedBy?: string;
  @Field(() => DateScalar, { nullable: true, description: 'clauses changed by an amendment effective on or after this date' })
  amendedFrom?: string;
  @Field(() => DateScalar, { nullable: true, description: 'clauses changed by an amendment effective on or before this date' })
  amendedTo?: string;
}

@ObjectType('SearchHit')
export class SearchHit {
  @Field(() => Clause) clause: Clause;
  @Field(() => Float) score: number;
  @Field(() => LangEnum) matchedLang: LangEnum;
  @Field({ description: 'a short fragment of the matched text, matched words wrapped in <mark>…</mark> (HTML-escaped)' }) snippet: string;
}

@ObjectType('SearchEdge')
export class SearchEdge {
  @Field() cursor: string;
  @Field(() => SearchHit) node: SearchHit;
}

@ObjectType('SearchConnection')
export class SearchConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => [SearchEdge]) edges: SearchEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field({ description: 'true when the answer came from the fallback (search engine unreachable)' }) degraded: boolean;
  @Field(() => LangEnum, { description: 'the language the query was read in (detected unless given)' }) queryLang: LangEnum;
}
