/**
 * Corpus → rows: the whole knowledge base as plain data, computed without I/O so that ingest can diff it
 * against the database and tests can check it without one.
 */
import { referenceColumns } from '../citations';
import { CorpusError, EffectiveWindowError, NoteGrammarError } from '../errors';
import { fragmentParagraphs, type ActMeta, type ActsFile, type Fragment, type Translation } from '../corpus/corpus-files';
import type { ActDocument, ParsedClause } from '../corpus/act-document';
import { parseNote, statedRule } from '../corpus/notes';
import { SELF_REFERENCE } from '../corpus/references';
import { actKind } from '../domain/act-kinds';
import { wordingsKnownReason } from '../domain/effective-reason';
import type { Span } from '../domain/effective-window';
import { clauseTimeline, existence, mayApplyPeriod, wordingsKnownSpan } from '../domain/point-in-time';
import type { AmendmentEvent, Lang, TranslatorNote } from '../domain/types';
import { foldIi } from '../search/text-folding';
import { actWindows, type ActWindows } from './effective-windows';
import type { AmendingActRow, KnowledgeBaseRows, NoteRow, WordingRow } from './rows';
import { buildClaimsAndCases, type ClaimsAndCasesInput } from './build-claims-and-cases';

export interface ParsedActInput {
  meta: ActMeta;
  doc: ActDocument;
  sourceFile: string;
}

export interface CorpusInput {
  actsFile: ActsFile;
  acts: ParsedActInput[];
  fragments: { file: string; items: Fragment[] };
  translations: Array<{ file: string; translation: Translation }>;
  /** Claim types and cases; absent means none. */
  claimsAndCases?: ClaimsAndCasesInput;
}

const CHANGES_WORDING = new Set(['RESTATED', 'INSERTED', 'MODIFIED']);

export function amendmentId(actId: string, e: AmendmentEvent): string {
  return `${actId}/${e.target}/${e.amendingAct.id}/${e.kind.toLowerCase()}`;
}

/** Ancestors and descendants by eId: "att_1__para_9__subpara_2" sits under "att_1__para_9" under "att_1". */
function related(target: string, clauses: readonly ParsedClause[], byId: ReadonlyMap<string, ParsedClause>): Set<string> {
  const out = new Set([target]);
  for (let c = byId.get(target); c?.parentEId; c = byId.get(c.parentEId)) out.add(c.parentEId);
  for (const c of clauses) if (c.eId.startsWith(`${target}__`)) out.add(c.eId);
  return out;
}

/** Clauses by eId: one each, since the parser refuses a repeated eId (DUPLICATE_CLAUSE). */
function clausesByEId(clauses: readonly ParsedClause[]): Map<string, ParsedClause> {
  return new Map(clauses.map((c) => [c.eId, c]));
}

/** What a wording row is made from; only a translation brings translator's notes. */
const NO_NOTES: readonly TranslatorNote[] = Object.freeze([]);

/**
 * Paragraphs of a whole clause: an attachment is its title followed by every point of it; a chapter or an article
 * of a code is its own text (if any) followed by every article or point in it (a point already holds its sub-points).
 */
function wholeParagraphs(c: ParsedClause, clauses: readonly ParsedClause[], own: (c: ParsedClause) => string[]): string[] {
  if (c.kind === 'ATTACHMENT') return [own(c)[0], ...clauses.filter((x) => x.parentEId === c.eId).flatMap((x) => own(x))];
  if (c.kind !== 'CHAPTER' && c.kind !== 'ARTICLE') return own(c);
  return [
    ...own(c),
    ...clauses.filter((x) => x.parentEId === c.eId && x.kind !== 'SUBPOINT').flatMap((x) => wholeParagraphs(x, clauses, own)),
  ];
}

interface DatedEvent {
  event: AmendmentEvent;
  id: string;
  span: Span;
}

export function buildKnowledgeBase(input: CorpusInput): KnowledgeBaseRows {
  const rows: KnowledgeBaseRows = {
    acts: [],
    amendingActs: [],
    clauses: [],
    wordings: [],
    notes: [],
    amendments: [],
    references: [],
    claimTypes: [],
    claimTypeClauses: [],
    cases: [],
    caseClaimTypes: [],
    caseCitations: [],
    caseReferences: [],
  };
  const publications = new Map(
    input.actsFile.amendingActs.filter((a) => a.publishedOn).map((a) => [a.id, { publishedOn: a.publishedOn!, source: a.source! }]),
  );
  const amendingActs = new Map<string, AmendingActRow>();
  // looked up per amendment: kept as a set and a count, not searched in rows (quadratic at thousands of acts)
  const amendmentIds = new Set<string>();

  for (const { meta, doc, sourceFile } of input.acts) {
    const actId = meta.id;
    if (doc.title !== null && meta.title)
      throw new CorpusError('acts/acts.yaml', `${actId}: the text has a title line of its own; title is only for a text without one`);
    const title = doc.title ?? meta.title?.text ?? null;
    if (title === null)
      throw new CorpusError('acts/acts.yaml', `${actId}: the text has no title line: give its title (title.text, with title.source)`);
    const clauseIds = new Set(doc.clauses.map((c) => c.eId));
    const clauseOf = clausesByEId(doc.clauses);

    // ---- notes and the events read from them (the windows below need every event of the act)
    const parsed: Array<{ event: AmendmentEvent; noteId: string; line: number }> = [];
    const kkNotes: Array<{ row: NoteRow; targets: string[] }> = [];
    doc.notes.forEach((note, position) => {
      const noteId = `${actId}/note/${position + 1}`;
      const row: NoteRow = {
        id: noteId,
        actId,
        anchor: note.anchor,
        lang: 'kk',
        official: true,
        text: note.text,
        position,
        translationOf: null,
        source: sourceFile,
      };
      rows.notes.push(row);
      kkNotes.push({ row, targets: [...new Set(note.events.map((e) => e.target))] });
      for (const event of note.events) {
        if (event.target !== 'title' && event.target !== 'requisites' && !clauseIds.has(event.target)) {
          throw new CorpusError(sourceFile, `a note names "${event.target}", which is not a clause of the act`, note.line);
        }
        const a = event.amendingAct;
        const known = amendingActs.get(a.id);
        if (known && known.adoptedOn !== a.adoptedOn) {
          throw new CorpusError(
            sourceFile,
            `amending act ${a.id} is dated ${a.adoptedOn} here and ${known.adoptedOn} elsewhere`,
            note.line,
          );
        }
        if (!known) {
          const publication = publications.get(a.id);
          amendingActs.set(a.id, {
            id: a.id,
            kind: a.kind,
            number: a.number,
            adoptedOn: a.adoptedOn,
            issuerKk: actKind(a.kind).issuer.kk,
            issuerRu: actKind(a.kind).issuer.ru,
            publishedOn: publication?.publishedOn ?? null,
            publicationSource: publication?.source ?? null,
          });
        }
        parsed.push({ event, noteId, line: note.line });
      }
    });

    // ---- effective windows: the act's own entry into force, and one per amending act and rule
    const entryRule = meta.entryIntoForce;
    if (entryRule.statedIn !== undefined) {
      const stating = clauseOf.get(entryRule.statedIn);
      if (!stating)
        throw new CorpusError(
          'acts/acts.yaml',
          `${actId}: entryIntoForce.statedIn names "${entryRule.statedIn}", which is not a clause of the act`,
        );
      const stated = statedRule(stating.paragraphs.join(' '));
      if (stated !== entryRule.rule)
        throw new CorpusError(
          'acts/acts.yaml',
          `${actId}: entryIntoForce.rule is ${entryRule.rule}, but ${entryRule.statedIn} states ${stated}`,
        );
    }
    const amendedBy = [...new Map(parsed.map((p) => [p.event.amendingAct.id, p.event.amendingAct])).values()];
    let windows: ActWindows;
    try {
      windows = actWindows({
        act: {
          kind: meta.kind,
          number: meta.number,
          adoptedOn: meta.adoptedOn,
          rule: entryRule.rule,
          ruleStatedInPoint: entryRule.statedIn ? (clauseOf.get(entryRule.statedIn)!.number ?? null) : null,
          publication: meta.publishedOn ? { publishedOn: meta.publishedOn, source: meta.publicationSource! } : null,
          ruleInSources: entryRule.inSources,
        },
        amendingActs: amendedBy,
        publicationOf: (id) => publications.get(id) ?? null,
        currentEditionBy: meta.currentEditionBy ?? null,
        editionVerified: meta.verified,
      });
    } catch (e) {
      if (e instanceof EffectiveWindowError) throw new CorpusError('acts/acts.yaml', `${actId}: ${e.message}`);
      throw e;
    }
    const entry = windows.entry;
    // a current wording of an unknown date: no unit is evidenced before the day it was retrieved
    const wordingsKnownFrom = meta.earlierWordings === 'UNKNOWN' ? meta.currentEditionBy! : null;
    const actEvidence = wordingsKnownSpan(wordingsKnownFrom);
    rows.acts.push({
      id: actId,
      kind: meta.kind,
      number: meta.number,
      adoptedOn: meta.adoptedOn,
      issuerKk: actKind(meta.kind).issuer.kk,
      issuerRu: actKind(meta.kind).issuer.ru,
      uri: meta.uri,
      sourceFile,
      signatures: doc.signatures,
      entryRule: entryRule.rule,
      entryRuleClause: entryRule.statedIn ?? null,
      entryEarliest: entry.earliest,
      entryLatest: entry.latest,
      entryExact: entry.exact,
      entryReasonKk: entry.reasonKk,
      entryReasonRu: entry.reasonRu,
      publishedOn: meta.publishedOn ?? null,
      publicationSource: meta.publishedOn ? meta.publicationSource! : null,
      currentEditionBy: meta.currentEditionBy ?? null,
      lang: meta.lang,
      verified: meta.verified,
      adoptionSource: meta.adoptionSource ?? null,
      wordingsKnownFrom,
      wordingsKnownReasonKk: wordingsKnownFrom ? wordingsKnownReason(wordingsKnownFrom, meta.verified, 'kk') : null,
      wordingsKnownReasonRu: wordingsKnownFrom ? wordingsKnownReason(wordingsKnownFrom, meta.verified, 'ru') : null,
    });

    const datedEvents: DatedEvent[] = [];
    let actAmendments = 0;
    for (const { event, noteId, line } of parsed) {
      const w = windows.change(event.amendingAct, event.effectiveRule);
      const id = amendmentId(actId, event);
      if (amendmentIds.has(id)) throw new CorpusError(sourceFile, `the same amendment is recorded twice (${id})`, line);
      amendmentIds.add(id);
      rows.amendments.push({
        id,
        actId,
        target: event.target,
        clauseId: clauseIds.has(event.target) ? `${actId}/${event.target}` : null,
        kind: event.kind,
        amendingActId: event.amendingAct.id,
        effectiveRule: event.effectiveRule,
        effectiveFrom: w.earliest,
        effectiveLatest: w.latest,
        effectiveFromExact: w.exact,
        effectiveReasonKk: w.reasonKk,
        effectiveReasonRu: w.reasonRu,
        noteId,
        position: actAmendments++,
      });
      datedEvents.push({ event, id, span: { earliest: w.earliest, latest: w.latest } });
    }

    // ---- clauses, with the first day each may be in force with evidence and the day its repeal certainly applied
    const timed = datedEvents.map((d) => ({ kind: d.event.kind, target: d.event.target, span: d.span }));
    doc.clauses.forEach((c, position) => {
      const lineage = [c.eId];
      for (let p = c.parentEId; p; p = clauseOf.get(p)?.parentEId ?? null) lineage.push(p);
      const exists = existence(clauseTimeline({ eId: c.eId, number: c.number, lineage }, timed, entry, actEvidence));
      rows.clauses.push({
        id: `${actId}/${c.eId}`,
        actId,
        eId: c.eId,
        kind: c.kind,
        number: c.number,
        parentId: c.parentEId ? `${actId}/${c.parentEId}` : null,
        position,
        existsFrom: exists.from,
        repealedFrom: exists.repealedFrom,
      });
    });

    // asked for every wording of every language: each unit's scope is worked out once per act
    const scopes = new Map<string, Set<string>>();
    const scopeOf = (target: string) => {
      let scope = scopes.get(target);
      if (!scope)
        scopes.set(
          target,
          (scope = target === 'title' || target === 'requisites' ? new Set([target]) : related(target, doc.clauses, clauseOf)),
        );
      return scope;
    };
    const later = (a: DatedEvent, b: DatedEvent) =>
      a.span.earliest.localeCompare(b.span.earliest) || (a.span.latest ?? '9999').localeCompare(b.span.latest ?? '9999');

    /** The change that began the current wording of a unit (or the one before `before`): the latest change to it, to what contains it, or to what it contains. */
    const currentFrom = (target: string, before?: DatedEvent): DatedEvent | null => {
      const scope = scopeOf(target);
      const changes = datedEvents
        .filter(
          (d) =>
            scope.has(d.event.target) &&
            CHANGES_WORDING.has(d.event.kind) &&
            (!before || (d.event.amendingAct.id !== before.event.amendingAct.id && d.span.earliest <= before.span.earliest)),
        )
        .sort(later);
      return changes[changes.length - 1] ?? null;
    };
    const repealOf = (eId: string) => datedEvents.find((d) => d.event.target === eId && d.event.kind === 'REPEALED') ?? null;
    const startOf = (target: string) => (clauseIds.has(target) && clauseOf.get(target)!.repealed ? repealOf(target) : currentFrom(target));

    // spelled out rather than spread: the hottest allocation of this step
    const wording = (w: WordingInput): WordingRow => {
      const period = mayApplyPeriod({ start: w.start?.span ?? null, end: w.end?.span ?? null });
      return {
        target: w.target,
        lang: w.lang,
        validFrom: period.validFrom,
        validTo: period.validTo,
        startsWith: w.start?.id ?? null,
        endsWith: w.end?.id ?? null,
        paragraphs: w.paragraphs,
        official: w.official,
        complete: w.complete,
        origin: w.origin,
        source: w.source,
        translatorNotes: w.translatorNotes ?? NO_NOTES,
        heading: w.heading ?? null,
        verified: w.verified,
        id: `${actId}/${w.target}/${w.lang}/${w.origin.toLowerCase()}/${w.end?.event.amendingAct.id ?? 'current'}`,
        actId,
        clauseId: clauseIds.has(w.target) ? `${actId}/${w.target}` : null,
      };
    };

    // ---- outgoing references, a reference inside the act pointing at its clause
    doc.references.forEach((r, i) => {
      const internal = r.targetAct === SELF_REFERENCE;
      rows.references.push({
        id: `${actId}/${r.clauseEId}#ref${i + 1}`,
        clauseId: `${actId}/${r.clauseEId}`,
        position: i,
        paragraph: r.paragraph,
        text: r.text,
        startOffset: r.start,
        endOffset: r.end,
        targetAct: internal ? actId : r.targetAct,
        ...referenceColumns(r),
        targetClauseId: internal && r.targetClauseEId ? `${actId}/${r.targetClauseEId}` : null,
      });
    });

    // ---- official current wordings (Kazakh for the exports, Russian for the Civil Code's copy)
    // a copy not checked against the official page says so on every wording served from it
    const source = meta.verified ? `corpus/acts/${sourceFile}` : `corpus/acts/${sourceFile} (${meta.source})`;
    const official = { official: true, complete: true, origin: 'OFFICIAL_TEXT', verified: meta.verified } as const;
    rows.wordings.push(
      wording({
        target: 'title',
        lang: meta.lang,
        start: startOf('title'),
        end: null,
        paragraphs: [title],
        ...official,
        source: meta.title ? meta.title.source : source,
      }),
    );
    if (doc.requisites !== null)
      rows.wordings.push(
        wording({
          target: 'requisites',
          lang: meta.lang,
          start: startOf('requisites'),
          end: null,
          paragraphs: [doc.requisites],
          ...official,
          source,
        }),
      );
    for (const c of doc.clauses) {
      rows.wordings.push(
        wording({
          target: c.eId,
          lang: meta.lang,
          start: startOf(c.eId),
          end: null,
          paragraphs: wholeParagraphs(c, doc.clauses, (x) => x.paragraphs),
          heading: c.heading ?? null,
          ...official,
          source,
        }),
      );
    }

    // ---- earlier and Russian official wordings known from other sources
    input.fragments.items.forEach((f, i) => {
      if (f.act !== actId) return;
      if (f.target !== 'title' && f.target !== 'requisites' && !clauseIds.has(f.target)) {
        throw new CorpusError(input.fragments.file, `entry ${i + 1}: ${f.act} has no "${f.target}"`);
      }
      let end: DatedEvent | null = null;
      if (f.replacedBy) {
        const scope = scopeOf(f.target);
        end = datedEvents.filter((d) => d.event.amendingAct.id === f.replacedBy && scope.has(d.event.target)).sort(later)[0] ?? null;
        if (!end)
          throw new CorpusError(
            input.fragments.file,
            `entry ${i + 1}: replacedBy ${f.replacedBy}, which made no change to ${f.act} ${f.target}`,
          );
      }
      rows.wordings.push(
        wording({
          target: f.target,
          lang: f.lang,
          start: end ? currentFrom(f.target, end) : currentFrom(f.target),
          end,
          paragraphs: fragmentParagraphs(f.text),
          official: f.official,
          complete: f.complete,
          origin: 'FRAGMENT',
          source: f.source,
          verified: f.official,
          heading: clauseOf.get(f.target)?.heading ?? null,
        }),
      );
      if (f.note) rows.notes.push(officialTranslationNote(actId, f.note, kkNotes, rows.notes, input.fragments.file, f.source));
    });

    // ---- the project's unofficial translations
    for (const { file, translation: t } of input.translations.filter((x) => x.translation.act === actId)) {
      if (t.lang === meta.lang)
        throw new CorpusError(
          `translations/${file}`,
          `lang: ${actId} is written in ${meta.lang} already; a translation is into the other language`,
        );
      const basis = meta.verified ? '' : `, of corpus/acts/${sourceFile}: a copy not verified against the official page`;
      addTranslation(
        actId,
        { ...doc, title },
        t,
        file,
        `corpus/translations/${file} (unofficial translation${basis})`,
        rows,
        kkNotes,
        startOf,
        wording,
      );
    }
  }
  resolveReferencesBetweenActs(rows, input.acts);
  const unnamed = input.actsFile.amendingActs.find((a) => !amendingActs.has(a.id));
  if (unnamed) throw new CorpusError('acts/acts.yaml', `amendingActs: ${unnamed.id} amends no act of the corpus (no note names it)`);
  rows.amendingActs = [...amendingActs.values()].sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn) || a.id.localeCompare(b.id));
  if (input.claimsAndCases) Object.assign(rows, buildClaimsAndCases(input.claimsAndCases, new Set(rows.clauses.map((c) => c.id))));
  return rows;
}

interface WordingInput {
  target: string;
  lang: Lang;
  start: DatedEvent | null;
  end: DatedEvent | null;
  paragraphs: string[];
  official: boolean;
  complete: boolean;
  origin: WordingRow['origin'];
  source: string;
  translatorNotes?: readonly TranslatorNote[];
  heading?: string | null;
  verified: boolean;
}

/**
 * A reference of one act to a norm another act of the corpus is (a code its name identifies: "АК-нің 938-бабы" →
 * the Civil Code, as the references name it "civil-code") leads to the unit cited when that act holds it:
 * chapter, article, point, sub-point. A part of an article is not a unit: the article is. A unit the act does not
 * hold (an article outside the corpus's chapter) leaves the reference as it was, never a guessed clause.
 */
function resolveReferencesBetweenActs(rows: KnowledgeBaseRows, acts: readonly ParsedActInput[]): void {
  const byName = new Map<string, string>();
  for (const { meta } of acts) {
    const identity = actKind(meta.kind).identity;
    if (identity.by === 'NAME') byName.set(identity.outsideTarget, meta.id);
  }
  if (byName.size === 0) return;
  const clauseIds = new Set(rows.clauses.map((c) => c.id));
  for (const r of rows.references) {
    const actId = byName.get(r.targetAct);
    if (!actId || r.targetClauseId !== null || r.clauseId.startsWith(`${actId}/`)) continue;
    const eId = codeUnitEId(r);
    if (eId !== null && clauseIds.has(`${actId}/${eId}`)) r.targetClauseId = `${actId}/${eId}`;
  }
}

/** The eId a reference to a unit of a code names: "chp_47", "art_938", "art_938__para_2", "art_951__para_3__subpara_1"; null for ranges and lists. */
export function codeUnitEId(r: {
  article: string | null;
  point: string | null;
  subpoint: string | null;
  chapter: string | null;
}): string | null {
  const single = (n: string | null) => n !== null && /^\d+(?:-\d+)?$/.test(n);
  if (r.article === null)
    return r.chapter !== null && single(r.chapter) && r.point === null && r.subpoint === null ? `chp_${r.chapter}` : null;
  if (!single(r.article) || (r.point !== null && !single(r.point)) || (r.subpoint !== null && !/^\d+$/.test(r.subpoint))) return null;
  const article = `art_${r.article}`;
  const point = r.point !== null ? `${article}__para_${r.point}` : article;
  return r.subpoint !== null ? `${point}__subpara_${r.subpoint}` : point;
}

/** An official Russian note quoted beside a fragment renders the Kazakh note with the same events. */
function officialTranslationNote(
  actId: string,
  text: string,
  kkNotes: Array<{ row: NoteRow }>,
  all: NoteRow[],
  file: string,
  source: string,
): NoteRow {
  let events: AmendmentEvent[];
  try {
    events = parseNote(text);
  } catch (e) {
    if (e instanceof NoteGrammarError) throw new CorpusError(file, `official note cannot be read: ${e.message}`);
    throw e;
  }
  const key = (es: AmendmentEvent[]) =>
    es
      .map((e) => `${e.kind}/${e.target}/${e.amendingAct.id}`)
      .sort()
      .join('|');
  const match = kkNotes.find(({ row }) => key(parseNote(row.text, {})) === key(events));
  const position = all.filter((n) => n.actId === actId && n.lang === 'ru').length;
  return {
    id: `${actId}/note/ru/official/${position + 1}`,
    actId,
    anchor: match?.row.anchor ?? events[0].target,
    lang: 'ru',
    official: true,
    text,
    position,
    translationOf: match?.row.id ?? null,
    source,
  };
}

function addTranslation(
  actId: string,
  doc: ActDocument & { title: string },
  t: Translation,
  file: string,
  source: string,
  rows: KnowledgeBaseRows,
  kkNotes: Array<{ row: NoteRow; targets: string[] }>,
  startOf: (target: string) => DatedEvent | null,
  wording: (w: WordingInput) => WordingRow,
) {
  // every unit with text of its own: a chapter, or an article made of points, has none (its points have)
  const header = doc.requisites === null ? ['title'] : ['title', 'requisites'];
  const known = new Set([...header, ...doc.clauses.filter((c) => c.kind !== 'SUBPOINT' && c.paragraphs.length > 0).map((c) => c.eId)]);
  const clauseOf = clausesByEId(doc.clauses);
  for (const key of Object.keys(t.texts)) if (!known.has(key)) throw new CorpusError(file, `texts.${key}: no such unit in ${actId}`);
  const own = new Map<string, string[]>();
  const kkHeader: Record<string, string | null> = { title: doc.title, requisites: doc.requisites };
  for (const target of known) {
    const ru = t.texts[target];
    if (!ru) throw new CorpusError(file, `texts.${target}: the translation of this unit is missing`);
    const header = kkHeader[target];
    const kk = header ? [header] : clauseOf.get(target)!.paragraphs;
    if (ru.length !== kk.length)
      throw new CorpusError(file, `texts.${target}: ${ru.length} paragraphs, the official text has ${kk.length}`);
    own.set(target, ru);
  }
  for (const c of doc.clauses) if (!own.has(c.eId) && c.kind !== 'SUBPOINT') own.set(c.eId, []);
  // the heading of every chapter and article, and no other
  const headed = new Set(doc.clauses.filter((c) => c.heading !== undefined).map((c) => c.eId));
  for (const key of Object.keys(t.headings))
    if (!headed.has(key)) throw new CorpusError(file, `headings.${key}: ${actId} has no chapter or article "${key}"`);
  for (const eId of headed) if (!t.headings[eId]) throw new CorpusError(file, `headings.${eId}: the heading of this unit is missing`);
  // Sub-points are the paragraphs of their point that the official text marks "N)".
  for (const c of doc.clauses.filter((x) => x.kind === 'SUBPOINT')) {
    const parent = clauseOf.get(c.parentEId!)!;
    own.set(c.eId, [own.get(parent.eId)![parent.paragraphs.indexOf(c.paragraphs[0])]]);
  }
  const paragraphsOf = (c: ParsedClause) => own.get(c.eId)!;
  const notesOf = translatorNotesOf(t, file, actId, known, own, (target) =>
    kkHeader[target] ? [kkHeader[target]!] : clauseOf.get(target)!.paragraphs,
  );
  for (const target of [...header, ...doc.clauses.map((c) => c.eId)]) {
    const c = clauseOf.get(target);
    const paragraphs = c ? wholeParagraphs(c, doc.clauses, paragraphsOf) : own.get(target)!;
    const translatorNotes = c ? wholeNotes(c, doc.clauses, clauseOf, notesOf, paragraphsOf) : notesOf(target);
    rows.wordings.push(
      wording({
        target,
        lang: t.lang,
        start: startOf(target),
        end: null,
        paragraphs,
        official: false,
        complete: true,
        origin: 'TRANSLATION',
        source,
        translatorNotes,
        heading: t.headings[target] ?? null,
        verified: false,
      }),
    );
  }
  // Notes: each Kazakh note takes the next unused translation filed under one of its targets, else its anchor.
  const used = new Map<string, number>();
  const repealedPoints = new Set(doc.clauses.filter((c) => c.repealed).map((c) => c.paragraphs[0]));
  for (const { row, targets } of kkNotes) {
    if (repealedPoints.has(row.text)) continue; // a repealed point is its own note
    const key = [...targets, row.anchor].find((k) => (t.notes[k]?.length ?? 0) > (used.get(k) ?? 0));
    if (!key) throw new CorpusError(file, `notes: no translation for the note "${row.text.slice(0, 60)}…"`);
    const i = used.get(key) ?? 0;
    used.set(key, i + 1);
    rows.notes.push({
      id: `${row.id}/${t.lang}`,
      actId,
      anchor: row.anchor,
      lang: t.lang,
      official: false,
      text: t.notes[key][i],
      position: row.position,
      translationOf: row.id,
      source,
    });
  }
  const surplus = Object.entries(t.notes).find(([k, list]) => list.length > (used.get(k) ?? 0));
  if (surplus) throw new CorpusError(file, `notes.${surplus[0]}: more translated notes than the official text has`);
}

/** Words compared as the official export writes them or not: Latin i as Kazakh і, any run of spaces as one. */
const comparableWords = (s: string) => foldIi(s).replace(/\s+/g, ' ');
/** Whether a paragraph holds the words; words copied as published are found without folding the paragraph. */
const holdsWords = (paragraph: string, words: string) =>
  paragraph.includes(words) || comparableWords(paragraph).includes(comparableWords(words));

/**
 * The translator's notes of a translation, by the unit they are filed under, each checked against both texts:
 * the unit exists, the paragraph exists, the official words are in that paragraph of the official text and the
 * translation's words in that paragraph of the translation — so a note cannot outlive the wording it explains.
 */
function translatorNotesOf(
  t: Translation,
  file: string,
  actId: string,
  known: ReadonlySet<string>,
  translated: ReadonlyMap<string, string[]>,
  official: (target: string) => string[],
): (target: string) => readonly TranslatorNote[] {
  const byUnit = new Map<string, TranslatorNote[]>();
  for (const [target, entries] of Object.entries(t.translatorNotes)) {
    if (!known.has(target)) throw new CorpusError(file, `translatorNotes.${target}: no such unit in ${actId}`);
    const kk = official(target);
    const ru = translated.get(target)!;
    byUnit.set(
      target,
      entries.map((n, i) => {
        const where = `translatorNotes.${target}.${i}`;
        if (n.paragraph > ru.length) throw new CorpusError(file, `${where}.paragraph: ${target} has ${ru.length} paragraph(s)`);
        if (!holdsWords(kk[n.paragraph - 1], n.original)) {
          throw new CorpusError(file, `${where}.original: "${n.original}" is not in paragraph ${n.paragraph} of the official text`);
        }
        if (!holdsWords(ru[n.paragraph - 1], n.rendering)) {
          throw new CorpusError(file, `${where}.rendering: "${n.rendering}" is not in paragraph ${n.paragraph} of the translation`);
        }
        return { target, paragraph: n.paragraph, original: n.original, literal: n.literal, rendering: n.rendering, reason: n.reason };
      }),
    );
  }
  return (target) => byUnit.get(target) ?? NO_NOTES;
}

/**
 * The notes of a whole clause, numbered by the paragraphs of its wording (as wholeParagraphs builds it): an
 * attachment's points follow its title, and a sub-point carries the notes of its line of the point.
 */
function wholeNotes(
  c: ParsedClause,
  clauses: readonly ParsedClause[],
  clauseOf: ReadonlyMap<string, ParsedClause>,
  notesOf: (target: string) => readonly TranslatorNote[],
  own: (c: ParsedClause) => string[],
): readonly TranslatorNote[] {
  if (c.kind === 'SUBPOINT') {
    const point = clauseOf.get(c.parentEId!)!;
    const line = point.paragraphs.indexOf(c.paragraphs[0]) + 1;
    return notesOf(point.eId)
      .filter((n) => n.paragraph === line)
      .map((n) => ({ ...n, paragraph: 1 }));
  }
  if (c.kind === 'ATTACHMENT') {
    const out = notesOf(c.eId).filter((n) => n.paragraph === 1);
    let offset = 1;
    for (const point of clauses.filter((x) => x.parentEId === c.eId)) {
      out.push(...notesOf(point.eId).map((n) => ({ ...n, paragraph: n.paragraph + offset })));
      offset += own(point).length;
    }
    return out.length ? out : NO_NOTES;
  }
  if (c.kind !== 'CHAPTER' && c.kind !== 'ARTICLE') return notesOf(c.eId);
  // a chapter or article: its own notes, then those of each part, renumbered as wholeParagraphs lays them out
  const out: TranslatorNote[] = [...notesOf(c.eId)];
  let offset = own(c).length;
  for (const part of clauses.filter((x) => x.parentEId === c.eId && x.kind !== 'SUBPOINT')) {
    out.push(...wholeNotes(part, clauses, clauseOf, notesOf, own).map((n) => ({ ...n, paragraph: n.paragraph + offset })));
    offset += wholeParagraphs(part, clauses, own).length;
  }
  return out.length ? out : NO_NOTES;
}
