import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RecordedWindow, WordingText } from '../domain/types';
import type { ActEntity, AmendmentEntity, ClauseEntity, NoteEntity, ReferenceEntity } from '../entities';
import { Act } from '../schema/act.type';
import { Amendment } from '../schema/amendment.type';
import { Clause, Reference } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { EffectiveWindow } from '../schema/effective-window.type';
import { LangEnum, ProvisionStatusEnum, toLang } from '../schema/enums';
import { LangArg } from '../schema/args';
import { LocalizedText } from '../schema/localized-text.type';
import { NoteText } from '../schema/notes.type';
import type { RequestContext } from './context';

@Resolver(() => Clause)
export class ClauseResolver {
  @Query(() => Clause, { nullable: true })
  clause(@Arg('id', () => ID) id: string, @Ctx() { services }: RequestContext): Promise<ClauseEntity | null> {
    return services.acts.clause(id);
  }

  @FieldResolver(() => Act)
  async act(@Root() c: ClauseEntity, @Ctx() { services }: RequestContext): Promise<ActEntity> {
    return (await services.acts.act(c.actId))!;
  }

  @FieldResolver(() => Clause, { nullable: true })
  parent(@Root() c: ClauseEntity, @Ctx() { services }: RequestContext): Promise<ClauseEntity | null> | null {
    return c.parentId ? services.acts.clause(c.parentId) : null;
  }

  @FieldResolver(() => [Clause])
  children(@Root() c: ClauseEntity, @Ctx() { services }: RequestContext): Promise<readonly ClauseEntity[]> {
    return services.acts.children(c);
  }

  @FieldResolver(() => LocalizedText, { description: 'whole clause including its sub-points' })
  text(
    @Root() c: ClauseEntity,
    @LangArg() lang: LangEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<WordingText> {
    return services.pit.textAt(c.actId, c.eId, toLang(lang), services.pit.asOf(asOf), c);
  }

  @FieldResolver(() => [String], { description: 'its paragraphs (абзацы / бөліктер), artifact-repaired' })
  paragraphs(
    @Root() c: ClauseEntity,
    @LangArg() lang: LangEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<string[]> {
    return services.pit.paragraphsAt(c.actId, c.eId, toLang(lang), services.pit.asOf(asOf), c);
  }

  @FieldResolver(() => ProvisionStatusEnum, { description: 'see statusWindow for why a status is UNCERTAIN or UNKNOWN' })
  status(
    @Root() c: ClauseEntity,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ) {
    return services.pit.clauseStatus(c, services.pit.asOf(asOf));
  }

  @FieldResolver(() => EffectiveWindow, {
    nullable: true,
    description:
      'why the status on that date is not certain (added): for UNCERTAIN, the window of the change (or of the act itself) that makes it so; for UNKNOWN, the change before whose window the corpus holds no evidence of the clause; null otherwise',
  })
  async statusWindow(
    @Root() c: ClauseEntity,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<RecordedWindow | null> {
    const date = services.pit.asOf(asOf);
    const status = await services.pit.clauseStatus(c, date);
    if (status === 'UNCERTAIN') return services.pit.clauseUncertainty(c, date);
    if (status === 'UNKNOWN') return services.pit.clauseEvidencedFrom(c);
    return null;
  }

  @FieldResolver(() => [Amendment], { description: 'events that touched this clause (or its attachment), chronological' })
  history(@Root() c: ClauseEntity, @Ctx() { services }: RequestContext): Promise<AmendmentEntity[]> {
    return services.amendments.history(c);
  }

  @FieldResolver(() => [LocalizedText], { description: 'every wording period known, oldest first' })
  versions(@Root() c: ClauseEntity, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<WordingText[]> {
    return services.pit.versions(c.actId, c.eId, toLang(lang));
  }

  @FieldResolver(() => [Reference], { description: 'outgoing references to other norms' })
  references(@Root() c: ClauseEntity, @Ctx() { services }: RequestContext): Promise<readonly ReferenceEntity[]> {
    return services.acts.referencesOf(c.id);
  }

  @FieldResolver(() => [String], { description: 'the amendment notes exactly as published (official notes only)' })
  async notes(@Root() c: ClauseEntity, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<string[]> {
    return (await services.amendments.notesOfClause(c, toLang(lang))).map((n) => n.text);
  }

  @FieldResolver(() => [NoteText], {
    description: 'the notes with their status: published, or the unofficial translation where no official one exists',
  })
  noteTexts(@Root() c: ClauseEntity, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<NoteEntity[]> {
    return services.amendments.notesOfClause(c, toLang(lang), true);
  }

  @FieldResolver(() => String, { description: 'absolute path of the clause page, e.g. "/acts/sc-1999-9/para_12"' })
  permalink(@Root() c: ClauseEntity): string {
    return `/acts/${c.actId}/${c.eId}`;
  }
}

@Resolver(() => Reference)
export class ReferenceResolver {
  @FieldResolver(() => Clause, { nullable: true, description: 'when the target is a clause of this knowledge base' })
  clause(@Root() r: { targetClauseId: string | null }, @Ctx() { services }: RequestContext): Promise<ClauseEntity | null> | null {
    return r.targetClauseId ? services.acts.clause(r.targetClauseId) : null;
  }
}
