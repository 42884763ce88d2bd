import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Act } from '../schema/act.type';
import { Amendment } from '../schema/amendment.type';
import { Clause, Reference } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { EffectiveWindow } from '../schema/effective-window.type';
import { LangEnum, ProvisionStatusEnum, fromLang, toLang } from '../schema/enums';
import { LangArg } from '../schema/args';
import { LocalizedText } from '../schema/localized-text.type';
import { NoteText } from '../schema/notes.type';
import { toAct, toAmendment, toClause, toReference } from '../services/mappers';
import type { ClauseEntity } from '../entities';
import type { RequestContext } from './context';

const entity = (c: Clause) => c as unknown as ClauseEntity;

@Resolver(() => Clause)
export class ClauseResolver {
  @Query(() => Clause, { nullable: true })
  async clause(@Arg('id', () => ID) id: string, @Ctx() { services }: RequestContext): Promise<Clause | null> {
    const c = await services.acts.clause(id);
    return c ? toClause(c) : null;
  }

  @FieldResolver(() => Act)
  async act(@Root() c: Clause, @Ctx() { services }: RequestContext): Promise<Act> {
    return toAct((await services.acts.act(c.actId))!);
  }

  @FieldResolver(() => Clause, { nullable: true })
  async parent(@Root() c: Clause, @Ctx() { services }: RequestContext): Promise<Clause | null> {
    if (!c.parentId) return null;
    const p = await services.acts.clause(c.parentId);
    return p ? toClause(p) : null;
  }

  @FieldResolver(() => [Clause])
  async children(@Root() c: Clause, @Ctx() { services }: RequestContext): Promise<Clause[]> {
    return (await services.acts.children(c)).map(toClause);
  }

  @FieldResolver(() => LocalizedText, { description: 'whole clause including its sub-points' })
  text(
    @Root() c: Clause,
    @LangArg() lang: LangEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ) {
    return services.pit.textAt(c.actId, c.eId, toLang(lang), services.pit.asOf(asOf), entity(c));
  }

  @FieldResolver(() => [String], { description: 'its paragraphs (абзацы / бөліктер), artifact-repaired' })
  paragraphs(
    @Root() c: Clause,
    @LangArg() lang: LangEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ) {
    return services.pit.paragraphsAt(c.actId, c.eId, toLang(lang), services.pit.asOf(asOf), entity(c));
  }

  @FieldResolver(() => ProvisionStatusEnum, { description: 'see statusWindow for why a status is UNCERTAIN or UNKNOWN' })
  status(@Root() c: Clause, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() { services }: RequestContext) {
    return services.pit.clauseStatus(entity(c), services.pit.asOf(asOf));
  }

  @FieldResolver(() => EffectiveWindow, {
    nullable: true,
    description:
      'why the status on that date is not certain (added): for UNCERTAIN, the window of the change (or of the act itself) that makes it so; for UNKNOWN, the change before whose window the corpus holds no evidence of the clause; null otherwise',
  })
  async statusWindow(@Root() c: Clause, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() { services }: RequestContext): Promise<EffectiveWindow | null> {
    const date = services.pit.asOf(asOf);
    const status = await services.pit.clauseStatus(entity(c), date);
    if (status === 'UNCERTAIN') return services.pit.clauseUncertainty(entity(c), date);
    if (status === 'UNKNOWN') return services.pit.clauseEvidencedFrom(entity(c));
    return null;
  }

  @FieldResolver(() => [Amendment], { description: 'events that touched this clause (or its attachment), chronological' })
  async history(@Root() c: Clause, @Ctx() { services }: RequestContext): Promise<Amendment[]> {
    return (await services.amendments.history(entity(c))).map(toAmendment);
  }

  @FieldResolver(() => [LocalizedText], { description: 'every wording period known, oldest first' })
  versions(@Root() c: Clause, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext) {
    return services.pit.versions(c.actId, c.eId, toLang(lang));
  }

  @FieldResolver(() => [Reference], { description: 'outgoing references to other norms' })
  async references(@Root() c: Clause, @Ctx() { services }: RequestContext): Promise<Reference[]> {
    return (await services.loaders.referencesByClause.load(c.id)).map(toReference);
  }

  @FieldResolver(() => [String], { description: 'the amendment notes exactly as published (official notes only)' })
  async notes(@Root() c: Clause, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<string[]> {
    return (await services.amendments.notesOfClause(entity(c), toLang(lang))).map((n) => n.text);
  }

  @FieldResolver(() => [NoteText], { description: 'the notes with their status: published, or the unofficial translation where no official one exists' })
  async noteTexts(@Root() c: Clause, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<NoteText[]> {
    const notes = await services.amendments.notesOfClause(entity(c), toLang(lang), true);
    return notes.map((n) => Object.assign(new NoteText(), { lang: fromLang(n.lang), text: n.text, official: n.official, source: n.source }));
  }

  @FieldResolver(() => String, { description: 'absolute path of the clause page, e.g. "/acts/sc-1999-9/para_12"' })
  permalink(@Root() c: Clause): string {
    return `/acts/${c.actId}/${c.eId}`;
  }
}

@Resolver(() => Reference)
export class ReferenceResolver {
  @FieldResolver(() => Clause, { nullable: true, description: 'when the target is a clause of this knowledge base' })
  async clause(@Root() r: Reference, @Ctx() { services }: RequestContext): Promise<Clause | null> {
    if (!r.targetClauseId) return null;
    const c = await services.acts.clause(r.targetClauseId);
    return c ? toClause(c) : null;
  }
}
