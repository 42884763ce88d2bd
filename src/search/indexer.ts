/**
 * PostgreSQL → search documents → Meilisearch (and the PostgreSQL fallback table). The index is derived: it can be
 * rebuilt at any time; a rebuild goes into a fresh index that is swapped in, so searches never see half of it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import type { MeiliSearch } from 'meilisearch';
import { buildSearchDocument, type SearchDocument, type SearchSource } from './search-document';
import { SEARCH_INDEX } from './search-types';

export const INDEX_SETTINGS = {
  searchableAttributes: ['kk_stems', 'ru_stems', 'kk_folded'],
  filterableAttributes: ['actId', 'claimTypes', 'existsFrom', 'repealedOn'],
  displayedAttributes: ['*'],
  sortableAttributes: [],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  pagination: { maxTotalHits: 10000 },
};

interface ClauseRow {
  id: string;
  act_id: string;
  e_id: string;
  position: number;
  exists_from: string;
  repealed_from: string | null;
}

/** The searchable points of every act, with their current wordings and dates, from PostgreSQL. */
export async function loadSearchSources(ds: DataSource): Promise<SearchSource[]> {
  const clauses: ClauseRow[] = await ds.query(
    `SELECT c.id, c.act_id, c.e_id, c.position, c.exists_from::text AS exists_from, c.repealed_from::text AS repealed_from
       FROM clause c JOIN act a ON a.id = c.act_id
      WHERE c.kind IN ('POINT', 'PREAMBLE')
      ORDER BY a.adopted_on, a.id, c.position`,
  );
  const wordings: Array<{ clause_id: string; lang: string; official: boolean; paragraphs: string[] }> = await ds.query(
    `SELECT clause_id, lang, official, paragraphs FROM wording WHERE clause_id IS NOT NULL AND valid_to IS NULL ORDER BY official DESC`,
  );
  const hasClaimTypes = (await ds.query(`SELECT to_regclass('claim_type_clause') IS NOT NULL AS ok`))[0].ok;
  const claimLinks: Array<{ clause_id: string; code: string }> = hasClaimTypes ? await ds.query(`SELECT clause_id, claim_type_code AS code FROM claim_type_clause`) : [];

  // indexed once: a lookup per clause in the whole lists grew with the square of the corpus
  const texts = new Map<string, (typeof wordings)[number]>();
  for (const w of wordings) if (!texts.has(`${w.clause_id}\u0001${w.lang}`)) texts.set(`${w.clause_id}\u0001${w.lang}`, w); // official first
  const claimTypesOf = new Map<string, Set<string>>();
  for (const l of claimLinks) claimTypesOf.set(l.clause_id, (claimTypesOf.get(l.clause_id) ?? new Set()).add(l.code));
  return clauses.map((c) => {
    const kk = texts.get(`${c.id}\u0001kk`);
    const ru = texts.get(`${c.id}\u0001ru`);
    return {
      clauseId: c.id,
      actId: c.act_id,
      eId: c.e_id,
      kkText: kk ? kk.paragraphs.join('\n') : '',
      ruText: ru ? ru.paragraphs.join('\n') : '',
      ruOfficial: ru?.official ?? false,
      // a clause whose status may be in force (not certainly inserted yet, or not certainly repealed) is found
      existsFrom: c.exists_from,
      repealedOn: c.repealed_from,
      claimTypes: [...(claimTypesOf.get(c.id) ?? [])].sort(),
    };
  });
}

export function fingerprint(docs: SearchDocument[]): string {
  return createHash('sha256').update(JSON.stringify({ settings: INDEX_SETTINGS, docs })).digest('hex');
}

/**
 * The code that turns sources into documents: the text of every module search-document requires (analyzers,
 * stemmers, their word lists), and the index settings. Where the module graph cannot be read, a value of this
 * process alone, so that sources never count as unchanged and documents are compared instead.
 */
let builderIdentity: string | undefined;
function documentBuilderIdentity(): string {
  if (builderIdentity) return builderIdentity;
  const hash = createHash('sha256').update(JSON.stringify(INDEX_SETTINGS));
  const root = typeof require === 'function' ? require.cache[require.resolve('./search-document')] : undefined;
  if (!root) return (builderIdentity = hash.update(`${process.pid}:${Date.now()}:${Math.random()}`).digest('hex'));
  const files = new Set<string>();
  const stack: NodeJS.Module[] = [root];
  for (let m = stack.pop(); m; m = stack.pop()) {
    if (files.has(m.filename)) continue;
    files.add(m.filename);
    stack.push(...m.children);
  }
  // contents only, in path order: another checkout of the same code has the same identity
  for (const f of [...files].sort()) hash.update(readFileSync(f)).update('\0');
  return (builderIdentity = hash.digest('hex'));
}

/**
 * What the documents are made from: the source rows and the code that analyzes them. Equal values mean equal
 * documents, so a start need not build every document (stemming every text: 20 s at 1000× the corpus) to learn
 * that the index is up to date.
 */
export function sourcesFingerprint(sources: SearchSource[]): string {
  return createHash('sha256').update(documentBuilderIdentity()).update(JSON.stringify(sources)).digest('hex');
}

const recordState = (ds: DataSource, key: string, hash: string) =>
  ds.query(`INSERT INTO corpus_state (key, hash, ingested_at) VALUES ($1, $2, now()) ON CONFLICT (key) DO UPDATE SET hash = $2, ingested_at = now()`, [key, hash]);

async function writeFallback(ds: DataSource, docs: SearchDocument[], positions: Map<string, number>) {
  await ds.transaction(async (m) => {
    await m.query('DELETE FROM search_document');
    // a thousand documents per statement: one round trip each instead of one per document
    for (let i = 0; i < docs.length; i += 1000) {
      const rows = docs.slice(i, i + 1000).map((d) => ({
        id: d.id,
        clause_id: d.clauseId,
        act_id: d.actId,
        position: positions.get(d.clauseId) ?? 0,
        exists_from: d.existsFrom,
        repealed_on: d.repealedOn,
        claim_types: d.claimTypes,
        kk_text: d.kk_text,
        ru_text: d.ru_text,
        kk_stems: d.kk_stems,
        kk_folded: d.kk_folded,
        ru_stems: d.ru_stems,
        len_kk: d.len_kk,
        len_folded: d.len_folded,
        len_ru: d.len_ru,
      }));
      await m.query(
        `INSERT INTO search_document (id, clause_id, act_id, position, exists_from, repealed_on, claim_types, kk_text, ru_text, kk_stems, kk_folded, ru_stems, len_kk, len_folded, len_ru, terms)
         SELECT r.id, r.clause_id, r.act_id, r.position, r.exists_from, r.repealed_on, r.claim_types, r.kk_text, r.ru_text, r.kk_stems, r.kk_folded, r.ru_stems, r.len_kk, r.len_folded, r.len_ru,
                to_tsvector('simple', r.kk_stems || ' ' || r.ru_stems || ' ' || r.kk_folded)
           FROM jsonb_to_recordset($1::jsonb) AS r(id text, clause_id text, act_id text, position int, exists_from int, repealed_on int, claim_types text[], kk_text text, ru_text text, kk_stems text, kk_folded text, ru_stems text, len_kk int, len_folded int, len_ru int)`,
        [JSON.stringify(rows)],
      );
    }
  });
}

/** Recorded only once Meilisearch holds the documents, so a failed push is retried at the next start. */
async function recordIndexed(ds: DataSource, docs: SearchDocument[], sources: SearchSource[]) {
  await recordState(ds, 'search-index', fingerprint(docs));
  await recordState(ds, 'search-sources', sourcesFingerprint(sources));
}

export interface ReindexProgress {
  (done: number, total: number, stage: string): void;
}

/** Builds every document, writes the fallback table, then fills a fresh Meilisearch index and swaps it in. */
export async function reindex(ds: DataSource, meili: MeiliSearch | null, progress: ReindexProgress = () => undefined): Promise<{ documents: number; fingerprint: string }> {
  const sources = await loadSearchSources(ds);
  const docs: SearchDocument[] = [];
  sources.forEach((s, i) => {
    docs.push(buildSearchDocument(s));
    progress(i + 1, sources.length, 'analyzing');
  });
  const positions = new Map(sources.map((s, i) => [s.clauseId, i]));
  await writeFallback(ds, docs, positions);
  progress(docs.length, docs.length, 'fallback written');
  if (meili) {
    const staging = `${SEARCH_INDEX}_staging`;
    await meili.deleteIndex(staging).waitTask().catch(() => undefined);
    await meili.createIndex(staging, { primaryKey: 'id' }).waitTask();
    const index = meili.index(staging);
    await index.updateSettings(INDEX_SETTINGS).waitTask();
    // batches are queued at once and indexed in order; progress follows the tasks as they finish
    const tasks: Array<{ done: number; task: ReturnType<typeof index.addDocuments> }> = [];
    for (let i = 0; i < docs.length; i += 5000) {
      const task = index.addDocuments(docs.slice(i, i + 5000));
      await task; // enqueued: the next batch is sent while this one is indexed
      tasks.push({ done: Math.min(i + 5000, docs.length), task });
    }
    for (const t of tasks) {
      const finished = await t.task.waitTask({ timeout: 0 });
      if (finished.status !== 'succeeded') throw new Error(`Meilisearch could not index documents: ${finished.error?.message ?? finished.status}`);
      progress(t.done, docs.length, 'indexing');
    }
    const exists = await meili.getIndex(SEARCH_INDEX).then(
      () => true,
      () => false,
    );
    if (!exists) await meili.createIndex(SEARCH_INDEX, { primaryKey: 'id' }).waitTask();
    await meili.swapIndexes([{ indexes: [SEARCH_INDEX, staging], rename: false }]).waitTask();
    await meili.deleteIndex(staging).waitTask();
    await recordIndexed(ds, docs, sources);
  }
  return { documents: docs.length, fingerprint: fingerprint(docs) };
}

export interface IndexState {
  stale: boolean;
  /** Why, in words for the start log. */
  why: 'sources unchanged' | 'same documents' | 'documents changed' | 'index missing or incomplete';
}

/**
 * Whether Meilisearch lacks the index or holds another version of it than PostgreSQL's documents imply. When
 * neither the source rows nor the code that analyzes them changed since the index was built, the documents are
 * not built again to be compared.
 */
export async function indexState(ds: DataSource, meili: MeiliSearch): Promise<IndexState> {
  const sources = await loadSearchSources(ds);
  const rows: Array<{ key: string; hash: string }> = await ds.query(`SELECT key, hash FROM corpus_state WHERE key IN ('search-index', 'search-sources')`);
  const stored = new Map(rows.map((r) => [r.key, r.hash]));
  const sourcesHash = sourcesFingerprint(sources);
  const sourcesUnchanged = stored.get('search-sources') === sourcesHash;
  if (!sourcesUnchanged) {
    if (stored.get('search-index') !== fingerprint(sources.map(buildSearchDocument))) return { stale: true, why: 'documents changed' };
    // the same documents from other sources or code (a comment changed, say): known for the next start
    await recordState(ds, 'search-sources', sourcesHash);
  }
  const stats = await meili
    .index(SEARCH_INDEX)
    .getStats()
    .catch(() => null);
  if (!stats || stats.numberOfDocuments !== sources.length) return { stale: true, why: 'index missing or incomplete' };
  return { stale: false, why: sourcesUnchanged ? 'sources unchanged' : 'same documents' };
}
