/**
 * PostgreSQL → search documents → Meilisearch (and the PostgreSQL fallback table, and the term statistics of the
 * re-rank). The index is derived: it can be
 * rebuilt at any time; a rebuild goes into a fresh index that is swapped in, so searches never see half of it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DataSource, EntityManager } from 'typeorm';
import type { MeiliSearch } from 'meilisearch';
import { clauseFromEId, formatCitation, type ActKind } from '../citations';
import type { Glossary } from './glossary';
import { buildSearchDocument, indexedDocument, referenceKey, type SearchDocument, type SearchSource } from './search-document';
import { RERANK_ATTRIBUTES } from './search-plan';
import { SEARCH_BUILD_KEY, SEARCH_INDEX } from './search-types';
import { writeTermStatistics } from './term-statistics';

/**
 * The index settings. Ranking rules, attribute order, typo tolerance and the query planner's matching strategy
 * were chosen by measurement on the relevance sets (docs/search.md, `node dist/bench/search-settings.js`).
 * Only the date and amendment-date attributes need range comparisons; nothing needs facet search. The glossary
 * is in the documents (a token per concept a point names) rather than in `synonyms`, which cost each query word
 * a look-up of every synonym's postings: 5–10 times the time of a query without them (docs/search.md).
 */
export function indexSettings() {
  return {
    searchableAttributes: ['kk_folded', 'ru_stems', 'concepts', 'about_kk_folded', 'about_ru_stems'],
    filterableAttributes: [
      {
        attributePatterns: ['existsFrom', 'existsTo', 'amendedOn'],
        features: { facetSearch: false, filter: { equality: true, comparison: true } },
      },
      {
        attributePatterns: ['clauseId', 'actId', 'claimTypes', 'number', 'concepts', 'amendedBy', 'amendments', 'references'],
        features: { facetSearch: false, filter: { equality: true, comparison: false } },
      },
    ],
    displayedAttributes: RERANK_ATTRIBUTES,
    sortableAttributes: [],
    rankingRules: ['words', 'exactness', 'proximity', 'typo', 'attribute'],
    // a concept token is an identifier: one letter off is another concept
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ['concepts'] },
    // word pairs near each other in an attribute, not at each distance: as good on the relevance sets, and it
    // spares the engine most of its indexing work
    proximityPrecision: 'byAttribute' as 'byAttribute' | 'byWord',
    pagination: { maxTotalHits: 10000 },
    // questions are analyzed into whole stems, so a prefix of the last one finds only unrelated longer stems: the
    // relevance sets rank the same without prefix search, and the index is spared building its prefix database
    prefixSearch: 'disabled' as 'disabled' | 'indexingTime',
  };
}

interface PointRow {
  id: string;
  act_id: string;
  e_id: string;
  exists_from: string;
  repealed_from: string | null;
  number: string | null;
  adopted_on: string;
  act_kind: ActKind;
  act_number: string;
  attachments: number;
}

/** How a point is cited, in full and short, in each language (what people type to look it up). */
function citationsOf(p: PointRow): { kk: string[]; ru: string[] } {
  const act = { id: p.act_id, kind: p.act_kind, number: p.act_number, adoptedOn: p.adopted_on, attachments: p.attachments };
  const clause = clauseFromEId(p.act_id, p.e_id);
  const styles = ['FULL', 'SHORT'] as const;
  return { kk: styles.map((s) => formatCitation(clause, act, 'kk', s)), ru: styles.map((s) => formatCitation(clause, act, 'ru', s)) };
}

interface ClauseRow {
  id: string;
  act_id: string;
  e_id: string;
  number: string | null;
  kind: string;
  parent_id: string | null;
  exists_from: string;
  repealed_from: string | null;
}

interface AmendmentRow {
  clause_id: string;
  kind: string;
  amending_act_id: string;
  effective_from: string;
  note_kk: string | null;
  note_ru: string | null;
}

/**
 * The points an amendment of `clauseId` concerns: the point itself or the point that contains it (a sub-point's
 * change changes its point), and every point it contains (restated Rules restate each of their points).
 */
function concernedPoints(
  clauseId: string,
  parent: ReadonlyMap<string, string | null>,
  children: ReadonlyMap<string, string[]>,
  isPoint: (id: string) => boolean,
): string[] {
  const out = new Set<string>();
  for (let id: string | null | undefined = clauseId; id; id = parent.get(id)) {
    if (isPoint(id)) {
      out.add(id);
      break;
    }
  }
  const stack = [...(children.get(clauseId) ?? [])];
  for (let id = stack.pop(); id; id = stack.pop()) {
    if (isPoint(id)) out.add(id);
    else stack.push(...(children.get(id) ?? []));
  }
  return [...out];
}

/**
 * The searchable points of every act, with their current wordings, dates, amendments and references, from PostgreSQL.
 * In a code the points of its articles, and an article that has no points; each carries its article's heading, so
 * that the words of a heading ("ответственность … источником повышенной опасности") find the article's points.
 */
export async function loadSearchSources(ds: DataSource): Promise<SearchSource[]> {
  // Plain scans joined here rather than in SQL: right after an ingest the tables have no statistics yet, and the
  // planner then ran the per-act attachment count once per point (22 s at 1000× instead of 0.8 s). The reads are
  // sent together, so PostgreSQL makes one while the rows of another are parsed.
  const [clauses, acts, headingRows, wordings, amendments, amendingActs, references, claimLinks] = await Promise.all([
    ds.query(
      `SELECT c.id, c.act_id, c.e_id, c.number, c.kind, c.parent_id, c.exists_from::text AS exists_from, c.repealed_from::text AS repealed_from
         FROM clause c JOIN act a ON a.id = c.act_id
        ORDER BY a.adopted_on, a.id, c.position`,
    ) as Promise<ClauseRow[]>,
    ds.query(`SELECT id, adopted_on::text AS adopted_on, kind, number FROM act`) as Promise<
      Array<{ id: string; adopted_on: string; kind: ActKind; number: string }>
    >,
    ds.query(
      `SELECT clause_id, lang, heading FROM wording WHERE heading IS NOT NULL AND clause_id IS NOT NULL AND valid_to IS NULL ORDER BY official DESC`,
    ) as Promise<Array<{ clause_id: string; lang: string; heading: string }>>,
    ds.query(
      `SELECT clause_id, lang, official, paragraphs FROM wording WHERE clause_id IS NOT NULL AND valid_to IS NULL ORDER BY official DESC`,
    ) as Promise<Array<{ clause_id: string; lang: string; official: boolean; paragraphs: string[] }>>,
    ds.query(
      `SELECT a.clause_id, a.kind, a.amending_act_id, a.effective_from::text AS effective_from, n.text AS note_kk,
              (SELECT r.text FROM note r WHERE r.translation_of = n.id ORDER BY r.official DESC, r.id LIMIT 1) AS note_ru
         FROM amendment a LEFT JOIN note n ON n.id = a.note_id
        WHERE a.clause_id IS NOT NULL
        ORDER BY a.effective_from, a.id`,
    ) as Promise<AmendmentRow[]>,
    ds.query(`SELECT id, kind, number, adopted_on::text AS adopted_on, issuer_kk, issuer_ru FROM amending_act`) as Promise<
      Array<{ id: string; kind: string; number: string; adopted_on: string; issuer_kk: string; issuer_ru: string }>
    >,
    // every reference with an article or a chapter, resolved or not: a point citing an article of the Civil Code
    // still cites "civil-code:940" when the base holds that article, and a question citing it finds the point; and
    // every resolved one, for the units the point refers to
    ds.query(`SELECT clause_id, target_act, article, chapter, target_clause_id FROM reference`) as Promise<
      Array<{ clause_id: string; target_act: string; article: string | null; chapter: string | null; target_clause_id: string | null }>
    >,
    ds
      .query(`SELECT to_regclass('claim_type_clause') IS NOT NULL AS ok`)
      .then((r: Array<{ ok: boolean }>) =>
        r[0].ok
          ? (ds.query(`SELECT clause_id, claim_type_code AS code FROM claim_type_clause`) as Promise<
              Array<{ clause_id: string; code: string }>
            >)
          : [],
      ),
  ]);
  const kindOf = new Map(clauses.map((c) => [c.id, c.kind]));
  // (counted from the clauses read anyway, as the catalog's outline counts them: citations/clause-outline.ts)
  const attachments = new Map<string, number>();
  for (const c of clauses) if (c.kind === 'ATTACHMENT') attachments.set(c.act_id, (attachments.get(c.act_id) ?? 0) + 1);
  const withPoints = new Set(clauses.filter((c) => c.kind === 'POINT' && c.parent_id).map((c) => c.parent_id));
  const actById = new Map(acts.map((a) => [a.id, a]));
  // the points, the preambles, and an article that has no points, in the order of their acts
  const points: Array<PointRow & { heading_of: string | null }> = clauses
    .filter((c) => c.kind === 'POINT' || c.kind === 'PREAMBLE' || (c.kind === 'ARTICLE' && !withPoints.has(c.id)))
    .map((c) => {
      const a = actById.get(c.act_id)!;
      const headingOf = c.kind === 'ARTICLE' ? c.id : c.parent_id && kindOf.get(c.parent_id) === 'ARTICLE' ? c.parent_id : null;
      return {
        id: c.id,
        act_id: c.act_id,
        e_id: c.e_id,
        number: c.number,
        exists_from: c.exists_from,
        repealed_from: c.repealed_from,
        adopted_on: a.adopted_on,
        act_kind: a.kind,
        act_number: a.number,
        attachments: attachments.get(c.act_id) ?? 0,
        heading_of: headingOf,
      };
    });
  const headings = new Map<string, string>();
  for (const h of headingRows) if (!headings.has(`${h.clause_id}\u0001${h.lang}`)) headings.set(`${h.clause_id}\u0001${h.lang}`, h.heading);
  const withHeading = (c: { heading_of: string | null }, lang: string, text: string) => {
    const heading = c.heading_of === null ? undefined : headings.get(`${c.heading_of}\u0001${lang}`);
    return heading && text ? `${heading}\n${text}` : text;
  };

  // indexed once: a lookup per clause in the whole lists grew with the square of the corpus
  const texts = new Map<string, (typeof wordings)[number]>();
  for (const w of wordings) if (!texts.has(`${w.clause_id}\u0001${w.lang}`)) texts.set(`${w.clause_id}\u0001${w.lang}`, w); // official first
  const pointIds = new Set(points.map((p) => p.id));
  const parent = new Map(clauses.map((c) => [c.id, c.parent_id]));
  const children = new Map<string, string[]>();
  for (const c of clauses) if (c.parent_id) (children.get(c.parent_id) ?? children.set(c.parent_id, []).get(c.parent_id)!).push(c.id);
  const actOf = new Map(amendingActs.map((a) => [a.id, a]));

  const concerning = new Map<string, AmendmentRow[]>();
  for (const a of amendments) {
    for (const p of concernedPoints(a.clause_id, parent, children, (id) => pointIds.has(id)))
      (concerning.get(p) ?? concerning.set(p, []).get(p)!).push(a);
  }
  // a sub-point is searched as its point: what it cites is its point's, and a reference to it is one to its point
  const pointOf = (clauseId: string): string | undefined => {
    for (let id: string | null | undefined = clauseId; id; id = parent.get(id)) if (pointIds.has(id)) return id;
    return undefined;
  };
  const referencesOf = new Map<string, Set<string>>();
  const refersOf = new Map<string, Set<string>>();
  const add = (into: Map<string, Set<string>>, clauseId: string, value: string) =>
    (into.get(clauseId) ?? into.set(clauseId, new Set()).get(clauseId)!).add(value);
  for (const r of references) {
    const from = pointOf(r.clause_id);
    if (!from) continue;
    const key = referenceKey(r.target_act, r.article, r.chapter);
    if (key) add(referencesOf, from, key);
    const to = r.target_clause_id === null ? undefined : pointOf(r.target_clause_id);
    if (to && to !== from) add(refersOf, from, to);
  }
  const claimTypesOf = new Map<string, Set<string>>();
  for (const l of claimLinks) claimTypesOf.set(l.clause_id, (claimTypesOf.get(l.clause_id) ?? new Set()).add(l.code));

  return points.map((c) => {
    const kk = texts.get(`${c.id}\u0001kk`);
    const ru = texts.get(`${c.id}\u0001ru`);
    const events = concerning.get(c.id) ?? [];
    const notesKk = [...new Set(events.map((e) => e.note_kk).filter((n): n is string => !!n))];
    const notesRu = [...new Set(events.map((e) => e.note_ru).filter((n): n is string => !!n))];
    const citations = citationsOf(c);
    return {
      clauseId: c.id,
      actId: c.act_id,
      eId: c.e_id,
      number: c.number,
      kkText: withHeading(c, 'kk', kk ? kk.paragraphs.join('\n') : ''),
      ruText: withHeading(c, 'ru', ru ? ru.paragraphs.join('\n') : ''),
      ruOfficial: ru?.official ?? false,
      // a clause whose status may be in force (not certainly inserted yet, or not certainly repealed) is found
      existsFrom: c.exists_from,
      repealedOn: c.repealed_from,
      claimTypes: [...(claimTypesOf.get(c.id) ?? [])].sort(),
      notesKk,
      notesRu,
      amendments: events.flatMap((e) => {
        const act = actOf.get(e.amending_act_id);
        return act
          ? [
              {
                by: act.id,
                kind: e.kind,
                effectiveFrom: e.effective_from,
                act: { kind: act.kind, number: act.number, adoptedOn: act.adopted_on, issuerKk: act.issuer_kk, issuerRu: act.issuer_ru },
              },
            ]
          : [];
      }),
      references: [...(referencesOf.get(c.id) ?? [])].sort(),
      refersTo: [...(refersOf.get(c.id) ?? [])].sort(),
      citationsKk: citations.kk,
      citationsRu: citations.ru,
    };
  });
}

type IndexSettings = ReturnType<typeof indexSettings>;

export function fingerprint(docs: SearchDocument[], settings: IndexSettings): string {
  return createHash('sha256').update(JSON.stringify({ settings, docs })).digest('hex');
}

/**
 * The code that turns sources into documents: the text of every module search-document requires (analyzers,
 * stemmers, their word lists). Where the module graph cannot be read, a value of this process alone, so that
 * sources never count as unchanged and documents are compared instead.
 */
const documentBuilderIdentity = () =>
  codeIdentity(typeof require === 'function' ? require.cache[require.resolve('./search-document')] : undefined, true);

/**
 * A hash of a module's text (`graph`: and of every module it requires, in path order, so another checkout of the same
 * code has the same identity), once per process. Where modules cannot be read, a value of this process alone, so
 * that nothing built from them ever counts as unchanged.
 */
const identities = new Map<string, string>();
function codeIdentity(root: NodeJS.Module | undefined, graph: boolean): string {
  const key = `${graph}:${root?.filename ?? '?'}`;
  const known = identities.get(key);
  if (known) return known;
  if (!root) {
    identities.set(key, `${process.pid}:${Date.now()}:${Math.random()}`);
    return identities.get(key)!;
  }
  const files = new Set<string>();
  const stack: NodeJS.Module[] = [root];
  for (let m = stack.pop(); m; m = stack.pop()) {
    if (files.has(m.filename)) continue;
    files.add(m.filename);
    if (graph) stack.push(...m.children);
  }
  const hash = createHash('sha256');
  for (const f of [...files].sort()) hash.update(readFileSync(f)).update('\0');
  const identity = hash.digest('hex');
  identities.set(key, identity);
  return identity;
}

/**
 * What the index is made from: the source rows, the code that analyzes them, the glossary and the settings. Equal values mean
 * an equal index, so a start need not build every document (stemming every text) to learn that it is up to date.
 */
export function sourcesFingerprint(sources: SearchSource[], settings: IndexSettings, glossary: Glossary): string {
  return createHash('sha256')
    .update(documentBuilderIdentity())
    .update(JSON.stringify(settings))
    .update(JSON.stringify(glossary.entries))
    .update(JSON.stringify(sources))
    .digest('hex');
}

const recordState = (ds: DataSource | EntityManager, key: string, hash: string) =>
  ds.query(
    `INSERT INTO corpus_state (key, hash, ingested_at) VALUES ($1, $2, now()) ON CONFLICT (key) DO UPDATE SET hash = $2, ingested_at = now()`,
    [key, hash],
  );

/** Rows of the fallback table, a thousand documents per statement: one round trip each instead of one per document. */
async function insertFallbackRows(m: EntityManager, docs: readonly SearchDocument[], positions: Map<string, number>) {
  {
    for (let i = 0; i < docs.length; i += 1000) {
      const rows = docs.slice(i, i + 1000).map((d) => ({
        id: d.id,
        clause_id: d.clauseId,
        act_id: d.actId,
        position: positions.get(d.clauseId) ?? 0,
        number: d.number,
        exists_from: d.existsFrom,
        exists_to: d.existsTo,
        claim_types: d.claimTypes,
        amended_by: d.amendedBy,
        amended_on: d.amendedOn,
        amendments: d.amendments,
        cites: d.references,
        refers_to: d.refersTo,
        kk_passages: d.kk_passages,
        ru_passages: d.ru_passages,
        kk_text: d.kk_text,
        ru_text: d.ru_text,
        kk_folded: d.kk_folded,
        ru_stems: d.ru_stems,
        concepts: d.concepts.join(' '),
        about_kk_folded: d.about_kk_folded,
        about_ru_stems: d.about_ru_stems,
      }));
      await m.query(
        `INSERT INTO search_document (id, clause_id, act_id, position, number, exists_from, exists_to, claim_types, amended_by, amended_on, amendments, cites, refers_to,
                                      kk_passages, ru_passages, kk_text, ru_text, kk_folded, ru_stems, concepts, about_kk_folded, about_ru_stems, terms)
         SELECT r.id, r.clause_id, r.act_id, r.position, r.number, r.exists_from, r.exists_to, r.claim_types, r.amended_by, r.amended_on, r.amendments, r.cites, r.refers_to,
                r.kk_passages, r.ru_passages, r.kk_text, r.ru_text, r.kk_folded, r.ru_stems, r.concepts, r.about_kk_folded, r.about_ru_stems,
                setweight(to_tsvector('simple', r.kk_folded || ' ' || r.ru_stems), 'A') || setweight(to_tsvector('simple', r.concepts), 'B')
                  || setweight(to_tsvector('simple', r.about_kk_folded || ' ' || r.about_ru_stems), 'D')
           FROM jsonb_to_recordset($1::jsonb) AS r(id text, clause_id text, act_id text, position int, number text, exists_from int, exists_to int, claim_types text[],
                amended_by text[], amended_on int[], amendments text[], cites text[], refers_to text[], kk_passages int[], ru_passages int[], kk_text text, ru_text text, kk_folded text, ru_stems text, concepts text,
                about_kk_folded text, about_ru_stems text)`,
        [JSON.stringify(rows)],
      );
    }
  }
}

/** Recorded only once Meilisearch holds the documents, so a failed push is retried at the next start. */
async function recordIndexed(ds: DataSource, documentsHash: string, sourcesHash: string, built: string | null) {
  await recordState(ds, 'search-index', documentsHash);
  await recordState(ds, 'search-sources', sourcesHash);
  if (built) await recordState(ds, 'search-built-from', built);
}

/**
 * What an index was built from, in a few bytes: the data version the source rows were read at (a trigger moves it
 * with every committed write to a table they come from, data_version) and the code, glossary and settings that
 * made documents of them. Read before the rows, so a write while they are read leaves an older value, never a
 * newer one: the next start then checks the rows themselves. Null where the database has no data version.
 */
async function builtFrom(ds: DataSource, settings: IndexSettings, glossary: Glossary): Promise<string | null> {
  const rows: Array<{ version: string }> = await ds.query('SELECT version::text AS version FROM data_version WHERE id = 1').catch(() => []);
  if (!rows.length) return null;
  const code = createHash('sha256')
    .update(documentBuilderIdentity())
    .update(sourcesReaderIdentity())
    .update(JSON.stringify(settings))
    .update(JSON.stringify(glossary.entries))
    .digest('hex');
  return `${rows[0].version}:${code}`;
}

/** The code that reads the source rows (this module): another query is other sources, though the rows are the same. */
const sourcesReaderIdentity = () => codeIdentity(typeof require === 'function' ? require.cache[__filename] : undefined, false);

export interface ReindexProgress {
  (done: number, total: number, stage: string): void;
}

/** Documents per batch sent to Meilisearch: queued at once, indexed in order. */
const BATCH = 5000;
/** Documents analyzed and written to the fallback table at a time. */
const FALLBACK_BATCH = 1000;

/**
 * Builds every document and fills a fresh Meilisearch index with them as they are built, writes the fallback table,
 * then swaps the index in.
 */
export async function reindex(
  ds: DataSource,
  meili: MeiliSearch | null,
  glossary: Glossary,
  progress: ReindexProgress = () => undefined,
): Promise<{ documents: number; fingerprint: string }> {
  const settings = indexSettings();
  // every document of this build names it, and PostgreSQL's search tables are recorded as it when they are written
  const build = randomUUID();
  const staging = `${SEARCH_INDEX}_staging`;
  const index = meili?.index(staging) ?? null;
  const prepareStaging = async () => {
    if (!meili || !index) return;
    await meili
      .deleteIndex(staging)
      .waitTask()
      .catch(() => undefined);
    await meili.createIndex(staging, { primaryKey: 'id' }).waitTask();
    const configured = await index.updateSettings(settings).waitTask();
    if (configured.status !== 'succeeded')
      throw new Error(`Meilisearch refused the index settings: ${configured.error?.message ?? configured.status}`);
  };
  // an unreachable Meilisearch still leaves the fallback table written; its error is raised at the end
  let stagingError: unknown = null;
  const fail = (e: unknown) => void (stagingError ??= e);
  const built = await builtFrom(ds, settings, glossary);
  const [sources] = await Promise.all([loadSearchSources(ds), prepareStaging().catch(fail)]);
  const positions = new Map(sources.map((s, i) => [s.clauseId, i]));
  const docs: SearchDocument[] = [];
  const tasks: Array<{ done: number; task: ReturnType<NonNullable<typeof index>['addDocuments']> }> = [];
  const sendToIndex = async (batch: SearchDocument[]) => {
    if (!index || stagingError || !batch.length) return;
    const task = index.addDocuments(batch.map((d) => indexedDocument(d, build)));
    // enqueued: Meilisearch indexes it while the next documents are analyzed
    if (
      await task.then(
        () => true,
        (e) => (fail(e), false),
      )
    )
      tasks.push({ done: docs.length, task });
  };
  // The documents are analyzed a thousand at a time, and each thousand goes to PostgreSQL's fallback table (one
  // transaction: readers see the old table until it commits) and, five thousand at a time, to the staging index
  // as soon as it is built: PostgreSQL and Meilisearch work on what is built while the rest is analyzed, instead of
  // waiting for the whole corpus (at 1000× the analysis alone took a third of the build).
  await ds.transaction(async (m) => {
    await m.query('DELETE FROM search_document');
    let written: Promise<void> = Promise.resolve();
    let unsent: SearchDocument[] = [];
    for (let i = 0; i < sources.length; i += FALLBACK_BATCH) {
      const batch = sources.slice(i, i + FALLBACK_BATCH).map((s) => buildSearchDocument(s, glossary));
      docs.push(...batch);
      progress(docs.length, sources.length, 'analyzing');
      written = written.then(() => insertFallbackRows(m, batch, positions));
      written.catch(() => undefined); // a failure is raised where it is awaited, below, not as an unhandled rejection
      unsent.push(...batch);
      if (unsent.length >= BATCH) {
        await sendToIndex(unsent);
        unsent = [];
      } else {
        await new Promise((r) => setImmediate(r)); // lets the statements already queued go out
      }
    }
    await sendToIndex(unsent);
    await written;
    await writeTermStatistics(m, docs);
    await recordState(m, SEARCH_BUILD_KEY, build);
  });
  progress(docs.length, docs.length, 'fallback written');
  // hashed once, while Meilisearch indexes: at 1000× the documents are 200 MB of JSON and the sources 150 MB
  const documentsHash = fingerprint(docs, settings);
  const sourcesHash = sourcesFingerprint(sources, settings, glossary);
  if (!stagingError) {
    try {
      for (const t of tasks) {
        const finished = await t.task.waitTask({ timeout: 0 });
        if (finished.status !== 'succeeded')
          throw new Error(`Meilisearch could not index documents: ${finished.error?.message ?? finished.status}`);
        progress(t.done, docs.length, 'indexing');
      }
    } catch (e) {
      fail(e);
    }
  }
  if (stagingError) throw stagingError;
  if (meili) {
    const exists = await meili.getIndex(SEARCH_INDEX).then(
      () => true,
      () => false,
    );
    if (!exists) await meili.createIndex(SEARCH_INDEX, { primaryKey: 'id' }).waitTask();
    await meili.swapIndexes([{ indexes: [SEARCH_INDEX, staging], rename: false }]).waitTask();
    await meili.deleteIndex(staging).waitTask();
  }
  if (meili) await recordIndexed(ds, documentsHash, sourcesHash, built);
  return { documents: docs.length, fingerprint: documentsHash };
}

export interface IndexState {
  stale: boolean;
  /** Why, in words for the start log. */
  why: 'nothing written since it was built' | 'sources unchanged' | 'same documents' | 'documents changed' | 'index missing or incomplete';
}

/**
 * Whether Meilisearch lacks the index or holds another version of it than PostgreSQL's documents imply. When
 * neither the source rows nor the code that analyzes them changed since the index was built, the documents are
 * not built again to be compared.
 */
export async function indexState(ds: DataSource, meili: MeiliSearch, glossary: Glossary): Promise<IndexState> {
  const settings = indexSettings();
  const rows: Array<{ key: string; hash: string }> = await ds.query(
    `SELECT key, hash FROM corpus_state WHERE key IN ('search-index', 'search-sources', 'search-built-from')`,
  );
  const stored = new Map(rows.map((r) => [r.key, r.hash]));
  // nothing written to the source tables and the same code since the build: the rows need not be read (at 1000× the
  // corpus reading them made a server that only serves start at 630 MB instead of 130)
  const built = await builtFrom(ds, settings, glossary);
  if (built !== null && stored.get('search-built-from') === built) {
    const [{ documents }]: Array<{ documents: number }> = await ds.query('SELECT count(*)::int AS documents FROM search_document');
    const stats = await meili
      .index(SEARCH_INDEX)
      .getStats()
      .catch(() => null);
    if (!stats || stats.numberOfDocuments !== documents) return { stale: true, why: 'index missing or incomplete' };
    return { stale: false, why: 'nothing written since it was built' };
  }
  const sources = await loadSearchSources(ds);
  const sourcesHash = sourcesFingerprint(sources, settings, glossary);
  const sourcesUnchanged = stored.get('search-sources') === sourcesHash;
  if (!sourcesUnchanged) {
    if (
      stored.get('search-index') !==
      fingerprint(
        sources.map((x) => buildSearchDocument(x, glossary)),
        settings,
      )
    )
      return { stale: true, why: 'documents changed' };
    // the same documents from other sources or code (a comment changed, say): known for the next start
    await recordState(ds, 'search-sources', sourcesHash);
  }
  if (built !== null) await recordState(ds, 'search-built-from', built);
  const stats = await meili
    .index(SEARCH_INDEX)
    .getStats()
    .catch(() => null);
  if (!stats || stats.numberOfDocuments !== sources.length) return { stale: true, why: 'index missing or incomplete' };
  return { stale: false, why: sourcesUnchanged ? 'sources unchanged' : 'same documents' };
}
