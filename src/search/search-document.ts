/**
 * What the search index holds for one point: its current wording in Kazakh and Russian (official Russian where
 * known, else the project's translation), the analyzed forms of both, when it existed, and what it governs.
 * Derived only from PostgreSQL rows; a hit is a point (the text of a point includes its sub-points).
 */
import { analyze, analyzeKeyboardFolded } from './analyzer';

export interface SearchDocument {
  id: string;
  clauseId: string;
  actId: string;
  eId: string;
  kk_text: string;
  ru_text: string;
  ru_official: boolean;
  kk_stems: string;
  kk_folded: string;
  ru_stems: string;
  /** Number of stems in each analyzed field (document length for ranking). */
  len_kk: number;
  len_folded: number;
  len_ru: number;
  /** yyyymmdd of the first day the point existed. */
  existsFrom: number;
  /** yyyymmdd of the day it was repealed; 99991231 when it never was. */
  repealedOn: number;
  claimTypes: string[];
}

export const NEVER = 99991231;
export const dateNumber = (iso: string) => Number(iso.replace(/-/g, ''));

/** Meilisearch ids allow only [A-Za-z0-9_-]: "sc-1999-9/para_21-1" → "sc-1999-9--para_21-1". */
export const documentId = (clauseId: string) => clauseId.replace('/', '--');

export interface SearchSource {
  clauseId: string;
  actId: string;
  eId: string;
  kkText: string;
  ruText: string;
  ruOfficial: boolean;
  existsFrom: string;
  repealedOn: string | null;
  claimTypes: string[];
}

export function buildSearchDocument(s: SearchSource): SearchDocument {
  const kk = analyze(s.kkText, 'kk');
  const folded = analyzeKeyboardFolded(s.kkText);
  const ru = analyze(s.ruText, 'ru');
  return {
    id: documentId(s.clauseId),
    clauseId: s.clauseId,
    actId: s.actId,
    eId: s.eId,
    kk_text: s.kkText,
    ru_text: s.ruText,
    ru_official: s.ruOfficial,
    kk_stems: kk.join(' '),
    kk_folded: folded.join(' '),
    ru_stems: ru.join(' '),
    len_kk: kk.length,
    len_folded: folded.length,
    len_ru: ru.length,
    existsFrom: dateNumber(s.existsFrom),
    repealedOn: s.repealedOn ? dateNumber(s.repealedOn) : NEVER,
    claimTypes: s.claimTypes,
  };
}
