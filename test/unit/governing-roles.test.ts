/**
 * The governing links of corpus/claim-types.yaml checked against what the official texts say, so that a role
 * reading the opposite of its clause (sc-1999-9/para_18 once stood as a DEFENCE where it removes one) cannot come
 * back. Every check is derived from the texts or from the link's own rationale, never from a list of answers.
 */
import { join } from 'node:path';
import { GOVERNING_ROLES } from '../../src/domain/types';
import { buildKnowledgeBase } from '../../src/ingest/build-knowledge-base';
import { loadCorpus } from '../../src/ingest/load-corpus';
import type { ClaimTypeClauseRow } from '../../src/ingest/rows';
import { foldIi } from '../../src/search/text-folding';

const rows = buildKnowledgeBase(loadCorpus(join(__dirname, '..', '..', 'corpus')).input);
const links = rows.claimTypeClauses;
/** The clause's current official wording (a whole point, with its sub-points), Latin i read as Kazakh і. */
const officialText = new Map(
  rows.wordings
    .filter((w) => w.official && w.origin === 'OFFICIAL_TEXT' && w.validTo === null && w.clauseId)
    .map((w) => [w.clauseId!, foldIi(w.paragraphs.join('\n'))]),
);
const label = (l: ClaimTypeClauseRow) => `${l.claimTypeCode} ${l.clauseId} ${l.role}`;

/** Words by which the official Kazakh text says a defence does not apply: the victim's fault "is not taken into account", a revision "is not allowed", an obligation "is not ended". */
const TEXT_BARS_A_DEFENCE = /ескерілмей|жол берілмей|тоқтатылмай/u;
/** The same, in the project's rationales (Kazakh and Russian). */
const SAYS_A_DEFENCE_FAILS = {
  kk: /ескерілмей|жол бермей|тоқтатылмай|азайтпай|азайтылмай/u,
  ru: /не учитыва|не допуска|не прекраща|не уменьша/u,
};

it('reads the links the corpus holds, each in one of the roles', () => {
  expect(links.length).toBeGreaterThan(90);
  for (const l of links) expect(GOVERNING_ROLES).toContain(l.role);
  expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
});

describe('a clause whose text takes a defence away', () => {
  const barring = [...officialText].filter(([, text]) => TEXT_BARS_A_DEFENCE.test(text)).map(([id]) => id);

  it('is found in the texts (the fault of para_18, the revision of para_17, the obligation of para_20)', () => {
    expect(barring).toEqual(expect.arrayContaining(['sc-1999-9/para_17', 'sc-1999-9/para_18', 'sc-1999-9/para_20']));
  });

  it('is BARS_DEFENCE for every claim type it governs, and never a DEFENCE alone', () => {
    for (const clauseId of barring) {
      const byType = new Map<string, string[]>();
      for (const l of links.filter((x) => x.clauseId === clauseId))
        byType.set(l.claimTypeCode, [...(byType.get(l.claimTypeCode) ?? []), l.role]);
      for (const [code, roles] of byType)
        expect({ clauseId, code, roles }).toEqual({ clauseId, code, roles: expect.arrayContaining(['BARS_DEFENCE']) });
    }
  });
});

describe('every link’s rationale agrees with its role and its clause', () => {
  it.each(links.map((l) => [label(l), l] as const))('%s', (_name, l) => {
    for (const lang of ['kk', 'ru'] as const) {
      const rationale = lang === 'kk' ? l.rationaleKk : l.rationaleRu;
      // a rationale that says the defence fails describes a bar, one that does not cannot be a bar
      if (l.role === 'DEFENCE')
        expect({ lang, rationale }).not.toEqual({ lang, rationale: expect.stringMatching(SAYS_A_DEFENCE_FAILS[lang]) });
      if (l.role === 'BARS_DEFENCE')
        expect({ lang, rationale }).toEqual({ lang, rationale: expect.stringMatching(SAYS_A_DEFENCE_FAILS[lang]) });
      // one sentence: no full stop followed by a new sentence
      expect(rationale).toMatch(/\.$/);
      expect(rationale).not.toMatch(/[.!?]\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]/u);
      // an article, point or number of days the rationale names is one the clause's text names
      const text = officialText.get(l.clauseId)!;
      for (const n of rationale.match(/\d+/g) ?? [])
        expect({ clause: l.clauseId, number: n, inText: new RegExp(`(^|\\D)${n}(\\D|$)`).test(text) }).toEqual({
          clause: l.clauseId,
          number: n,
          inText: true,
        });
    }
  });
});

it('lists a clause twice for one claim type only in two different roles', () => {
  const seen = new Set<string>();
  for (const l of links) {
    const key = `${l.claimTypeCode} ${l.clauseId} ${l.role}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  }
});
