/**
 * /export.json — the whole knowledge base in one document: acts with every clause and every known wording
 * (with its official flag, source and translator's notes), amendments, notes, amending acts, claim types with their governing
 * clauses, and cases with their claim types, citations and references. Read through the services, ordered
 * deterministically so two exports of the same data are byte-identical apart from `generatedOn`.
 * With `?asOf=` the export is the law as it stood at the end of that day: acts adopted by then, the clauses that
 * existed with evidence (with their status), the one wording of each the API serves that day (and whether it
 * certainly applied), the amendments that can have taken effect by then (each with its window), the cases decided
 * by then (undated cases stay: nothing proves them later). /export.schema.json describes the format.
 */
import type { Lang } from '../domain/types';
import type { ClauseEntity, WordingEntity } from '../entities';
import type { Services } from '../services';

export const EXPORT_FORMAT = 'zangraph-export/1';
const LANGS: Lang[] = ['kk', 'ru'];

/** An effective window as the export writes it (the reasons are the project's own words: unofficial). */
const windowJson = (earliest: string, latest: string | null, exact: boolean, kk: string, ru: string) => ({
  earliest,
  latest,
  exact,
  reason: { kk, ru, official: false },
});

/**
 * Every wording of a unit, or with `asOf` the one the API serves on that day (the same choice as Clause.text, never
 * one before it can have applied), with `certain` saying whether it certainly applied then.
 */
async function wordingsOf(services: Services, actId: string, target: string, asOf: string | null, clause?: ClauseEntity) {
  const out: Record<string, unknown[]> = {};
  for (const lang of LANGS) {
    let picked: Array<{ w: WordingEntity; certain?: boolean }>;
    if (asOf === null) picked = (await services.pit.wordings(actId, target, lang)).map((w) => ({ w }));
    else {
      const on = await services.pit.heldWordingAt(actId, target, lang, asOf, clause);
      picked = on ? [{ w: on.wording, certain: on.certain }] : [];
    }
    out[lang] = picked
      .slice()
      .sort(
        ({ w: a }, { w: b }) =>
          (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || Number(b.official) - Number(a.official) || a.id.localeCompare(b.id),
      )
      .map(({ w, certain }) => ({
        validFrom: w.validFrom,
        validTo: w.validTo,
        startsWith: w.startsWith,
        endsWith: w.endsWith,
        ...(certain === undefined ? {} : { certain }),
        official: w.official,
        complete: w.complete,
        origin: w.origin,
        source: w.source,
        verified: w.verified,
        ...(w.heading !== null ? { heading: w.heading } : {}),
        paragraphs: w.paragraphs,
        // the project's own notes on its translation ("прим. пер."): unofficial like the translation itself
        translatorNotes: w.translatorNotes.map((n) => ({
          target: n.target,
          paragraph: n.paragraph,
          original: n.original,
          literal: n.literal,
          rendering: n.rendering,
          reason: n.reason,
        })),
      }));
  }
  return out;
}

/** A reference as the export gives it, a clause's or a case's: the text and the parts of the norm it names. */
const referenceOut = (r: {
  text: string | null;
  targetAct: string;
  article: string | null;
  point: string | null;
  part: string | null;
  subpoint: string | null;
}) => ({
  text: r.text,
  targetAct: r.targetAct,
  article: r.article,
  point: r.point,
  part: r.part,
  subpoint: r.subpoint,
});

/** `asOf` null: every wording and event known; a date: the knowledge base as it stood at the end of that day. */
export async function buildExport(services: Services, asOf: string | null = null) {
  const inEffect = (date: string | null) => asOf === null || (date !== null && date <= asOf);
  const acts = (await services.acts.acts()).filter((a) => inEffect(a.adoptedOn));
  const allAmendments = (await Promise.all(acts.map((a) => services.amendments.ofAct(a.id)))).flat();
  const usedAmendingActs = new Set(allAmendments.filter((a) => inEffect(a.effectiveFrom)).map((a) => a.amendingActId));
  const amendingActs = (await services.loaders.allAmendingActs.load('all')).filter((a) => asOf === null || usedAmendingActs.has(a.id));
  const actsOut = [];
  const exportedClauses = new Set<string>();
  for (const act of acts) {
    const [allClauses, allOfAct, allNotes] = await Promise.all([
      services.acts.clausesOf(act.id),
      services.amendments.ofAct(act.id),
      services.loaders.notesByAct.load(act.id),
    ]);
    const statuses = asOf === null ? null : await Promise.all(allClauses.map((c) => services.pit.clauseStatus(c, asOf)));
    // with a date: neither a clause not yet in force then nor one of which the corpus holds no evidence then
    const clauses = allClauses.filter((_, i) => statuses === null || (statuses[i] !== 'NOT_YET_IN_FORCE' && statuses[i] !== 'UNKNOWN'));
    const amendments = allOfAct.filter((a) => inEffect(a.effectiveFrom));
    // a note tells of an amendment: it goes with it (notes of no amendment always stay)
    const notedBy = new Map(allOfAct.map((a) => [a.noteId, a]));
    const notes = allNotes.filter((n) => !notedBy.has(n.id) || amendments.includes(notedBy.get(n.id)!));
    const eIdOf = new Map(allClauses.map((c) => [c.id, c.eId]));
    const clausesOut = [];
    for (const c of clauses) {
      const references = await services.loaders.referencesByClause.load(c.id);
      exportedClauses.add(c.id);
      clausesOut.push({
        id: c.id,
        eId: c.eId,
        kind: c.kind,
        number: c.number,
        parent: c.parentId ? (eIdOf.get(c.parentId) ?? null) : null,
        permalink: `/acts/${c.actId}/${c.eId}`,
        ...(statuses === null ? {} : { status: statuses[allClauses.indexOf(c)] }),
        wordings: await wordingsOf(services, act.id, c.eId, asOf, c),
        references: references.map((r) => ({ ...referenceOut(r), targetClauseId: r.targetClauseId })),
      });
    }
    actsOut.push({
      id: act.id,
      kind: act.kind,
      number: act.number,
      adoptedOn: act.adoptedOn,
      uri: act.uri,
      issuer: { kk: act.issuerKk, ru: act.issuerRu },
      signatures: act.signatures,
      entryIntoForce: {
        rule: act.entryRule,
        statedIn: act.entryRuleClause,
        ...windowJson(act.entryEarliest, act.entryLatest, act.entryExact, act.entryReasonKk, act.entryReasonRu),
      },
      publishedOn: act.publishedOn,
      publicationSource: act.publicationSource,
      currentEditionBy: act.currentEditionBy,
      lang: act.lang,
      verified: act.verified,
      adoptionSource: act.adoptionSource,
      wordingsKnownFrom: act.wordingsKnownFrom,
      wordingsKnownReason: act.wordingsKnownFrom === null ? null : { kk: act.wordingsKnownReasonKk, ru: act.wordingsKnownReasonRu },
      title: await wordingsOf(services, act.id, 'title', asOf),
      requisites: await wordingsOf(services, act.id, 'requisites', asOf),
      clauses: clausesOut,
      amendments: amendments.map((a) => ({
        id: a.id,
        kind: a.kind,
        target: a.target,
        clauseId: a.clauseId,
        amendingActId: a.amendingActId,
        effectiveRule: a.effectiveRule,
        effectiveFrom: a.effectiveFrom,
        effectiveFromExact: a.effectiveFromExact,
        effective: windowJson(a.effectiveFrom, a.effectiveLatest, a.effectiveFromExact, a.effectiveReasonKk, a.effectiveReasonRu),
        noteId: a.noteId,
      })),
      notes: notes.map((n) => ({
        id: n.id,
        anchor: n.anchor,
        lang: n.lang,
        official: n.official,
        text: n.text,
        translationOf: n.translationOf,
        source: n.source,
      })),
    });
  }
  const [claimTypes, links, cases] = await Promise.all([
    services.claimTypes.all(),
    services.loaders.allGoverningLinks.load('all'),
    services.cases.list(),
  ]);
  const casesOut = [];
  for (const c of [...cases].filter((x) => x.decidedOn === null || inEffect(x.decidedOn)).sort((a, b) => a.id.localeCompare(b.id))) {
    const [types, citations, references] = await Promise.all([
      services.loaders.claimTypeLinksByCase.load(c.id),
      services.loaders.caseCitationsByCase.load(c.id),
      services.cases.referencesOf(c.id),
    ]);
    casesOut.push({
      id: c.id,
      origin: c.origin,
      court: { kk: c.courtKk, ru: c.courtRu },
      caseNumber: c.caseNumber,
      decidedOn: c.decidedOn,
      dateNote: { kk: c.dateNoteKk, ru: c.dateNoteRu },
      summary: { kk: c.summaryKk, ru: c.summaryRu, official: false },
      outcome: { kk: c.outcomeKk, ru: c.outcomeRu },
      amountAwardedKzt: c.amountAwardedKzt,
      sourceUrl: c.sourceUrl,
      otherSources: c.otherSources,
      claimTypes: types.map((t) => t.claimTypeCode),
      citations: citations.map((x) => ({ clauseId: x.clauseId, quote: x.quote })),
      references: references.map(referenceOut),
    });
  }
  return {
    format: EXPORT_FORMAT,
    generatedOn: services.pit.today,
    asOf,
    notice: 'Official wordings are as published; entries with "official": false are the project\'s own translations or texts.',
    acts: actsOut,
    amendingActs: amendingActs.map((a) => ({
      id: a.id,
      kind: a.kind,
      number: a.number,
      adoptedOn: a.adoptedOn,
      publishedOn: a.publishedOn,
      publicationSource: a.publicationSource,
      issuer: { kk: a.issuerKk, ru: a.issuerRu },
    })),
    claimTypes: claimTypes.map((t) => ({
      code: t.id,
      name: { kk: t.nameKk, ru: t.nameRu },
      description: { kk: t.descriptionKk, ru: t.descriptionRu },
      official: false,
      clauses: links
        .filter((l) => l.claimTypeCode === t.id && (asOf === null || exportedClauses.has(l.clauseId)))
        .map((l) => ({ clauseId: l.clauseId, role: l.role, rationale: { kk: l.rationaleKk, ru: l.rationaleRu } })),
    })),
    cases: casesOut,
  };
}
