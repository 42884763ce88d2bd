/**
 * A new act kind, added as docs/adding-an-act.md says (one registry entry), goes through every piece that reads
 * the registry: the corpus schema, the amendment-note grammar and the rows ingest writes, citation formatting
 * and extraction (its name read back, a look-alike told apart), Akoma Ntoso naming (valid against the OASIS
 * schema), the labels of the pages. Two throw-away kinds: one identified by issuer, date and number, one by its
 * name. The built-in kinds are checked for what the contract and the corpus need of them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  buildCatalog,
  extractCitations,
  formatCitation,
  type ActInventory,
  type CitationLang,
  type CitationStyleName,
} from '../../src/citations';
import { parseActsFile } from '../../src/corpus/corpus-files';
import { parseNote } from '../../src/corpus/notes';
import {
  actKind,
  actKindCodes,
  actName,
  BUILT_IN_KINDS,
  derivedActId,
  registerActKind,
  unregisterActKind,
  type ActKindSpec,
} from '../../src/domain/act-kinds';
import { actFullName } from '../../src/domain/effective-reason';
import { buildKnowledgeBase } from '../../src/ingest/build-knowledge-base';
import { loadCorpus } from '../../src/ingest/load-corpus';
import { buildAkn, workUri, type AknSnapshot } from '../../src/web/akn-export';
import { actKindLabel, actShortName } from '../../src/web/labels';
import { validateAkn } from '../support/akn-schema';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..', '..');

/** A ministry's order: identified by its issuer, date and number, like the decree and the resolution. */
const ORDER: ActKindSpec = {
  code: 'TEST_MINISTRY_ORDER',
  description: 'an order of the Ministry of Trials (a kind that exists only in this test)',
  label: { kk: 'Сынақ министрлігінің бұйрығы', ru: 'Приказ Министерства испытаний' },
  issuer: { kk: 'Қазақстан Республикасының Сынақ министрлігі', ru: 'Министерство испытаний Республики Казахстан' },
  akn: { subtype: 'order', name: 'order', author: 'ministry-of-trials' },
  structure: 'POINTS',
  noteIssuer: /сынақ\s+министрліг|министерств\p{L}*\s+испытаний/iu,
  identity: {
    by: 'ISSUER_DATE_NUMBER',
    idPrefix: 'mot',
    issuerForms: [
      { pattern: String.raw`Министерств(?:о|а|у|ом|е)\s+испытаний`, needs: /министерств/iu },
      { pattern: String.raw`Сынақ\s+министрліг\p{L}*`, needs: /министрліг/iu },
    ],
    typeForms: [
      { pattern: String.raw`приказ(?:а|у|ом|е)?`, needs: /приказ/iu },
      { pattern: String.raw`бұйрығ\p{L}*|бұйрық\p{L}*`, needs: /бұйры/iu, closes: true },
      { pattern: 'ПМИ', abbreviation: true, needs: /ПМИ/u, alsoIssuer: true },
    ],
    lookalike: 'ministry-of-trials-order',
  },
  names: {
    kk: {
      full: {
        genitive: 'Қазақстан Республикасы Сынақ министрлігінің {date} № {number} бұйрығының',
        instrumental: 'Қазақстан Республикасы Сынақ министрлігінің {date} № {number} бұйрығымен',
      },
      short: {
        nominative: 'ҚР СМ {date} № {number} бұйрығы',
        genitive: 'ҚР Сынақ министрлігінің {date} № {number} бұйрығының',
        instrumental: 'ҚР Сынақ министрлігінің {date} № {number} бұйрығымен',
      },
      prose: 'ҚР Сынақ министрлігінің {date} № {number} бұйрығы',
    },
    ru: {
      full: {
        genitive: 'приказа Министерства испытаний Республики Казахстан от {date} № {number}',
        instrumental: 'приказом Министерства испытаний Республики Казахстан от {date} № {number}',
      },
      short: {
        nominative: 'ПМИ РК от {date} № {number}',
        genitive: 'ПМИ РК от {date} № {number}',
        instrumental: 'ПМИ РК от {date} № {number}',
      },
      prose: 'приказ Министерства испытаний РК от {date} № {number}',
    },
  },
};

/** A statute its name alone identifies, as the Civil Code is. */
const STATUTE: ActKindSpec = {
  code: 'TEST_STATUTE',
  description: 'the Statute of Trials (a kind that exists only in this test)',
  label: { kk: 'Жарғы', ru: 'Устав' },
  issuer: { kk: 'Қазақстан Республикасының Парламенті', ru: 'Парламент Республики Казахстан' },
  akn: { subtype: 'statute', name: 'statute', author: 'parliament' },
  structure: 'POINTS',
  noteIssuer: null,
  identity: {
    by: 'NAME',
    outsideTarget: 'statute-of-trials',
    names: [String.raw`Испытательн\p{L}*\s+устав\p{L}*`, String.raw`Сынақ\s+жарғы\p{L}*`],
    nameWords: /испытательн|сынақ/iu,
    abbreviations: ['ИУ', 'СЖ'],
  },
  names: {
    kk: {
      full: { genitive: 'Қазақстан Республикасы Сынақ жарғысының', instrumental: 'Қазақстан Республикасы Сынақ жарғысымен' },
      short: { nominative: 'СЖ', genitive: 'СЖ', instrumental: 'СЖ-мен' },
      prose: 'Қазақстан Республикасының Сынақ жарғысы',
    },
    ru: {
      full: { genitive: 'Испытательного устава Республики Казахстан', instrumental: 'Испытательным уставом Республики Казахстан' },
      short: { nominative: 'ИУ РК', genitive: 'ИУ РК', instrumental: 'ИУ РК' },
      prose: 'Испытательный устав РК',
    },
  },
};

beforeAll(() => {
  registerActKind(ORDER);
  registerActKind(STATUTE);
});
afterAll(() => {
  unregisterActKind(ORDER.code);
  unregisterActKind(STATUTE.code);
});

const ORDER_ACT: ActInventory = {
  id: 'mot-2020-7',
  kind: ORDER.code,
  number: '7',
  adoptedOn: '2020-02-01',
  attachments: 1,
  eIds: ['preamble', 'para_1', 'para_2', 'para_2__subpara_1', 'para_2__subpara_2', 'para_3', 'att_1', 'att_1__para_1', 'att_1__para_2'],
};

describe('the registry', () => {
  test('a registered kind is listed and looked up; a kind registered twice or never is refused', () => {
    expect(actKindCodes()).toEqual(
      expect.arrayContaining(['GOVERNMENT_DECREE', 'SUPREME_COURT_NORMATIVE_RESOLUTION', 'CODE', ORDER.code, STATUTE.code]),
    );
    expect(actKind(ORDER.code)).toBe(ORDER);
    expect(() => registerActKind(ORDER)).toThrow(/registered already/);
    expect(() => actKind('NO_SUCH_KIND')).toThrow(/unknown act kind/);
    expect(() => unregisterActKind('CODE')).toThrow(/built in/);
  });

  test('ids: "<prefix>-<year>-<number>" for a kind identified so, none derived for a kind its name identifies', () => {
    expect(derivedActId(ORDER.code, '2020-02-01', '7')).toBe('mot-2020-7');
    expect(derivedActId(STATUTE.code, '2020-02-01', '7')).toBeNull();
    expect(derivedActId('CODE', '1999-07-01', '409-I')).toBeNull();
  });
});

describe('the corpus: acts.yaml, notes, rows', () => {
  const yamlOf = (acts: object[]) => JSON.stringify({ acts });
  const entry = { number: '7', adoptedOn: '2020-02-01', uri: '/akn/kz/act/order/2020-02-01/7', file: 'x.kk.txt', lang: 'kk' };

  test.each([
    [ORDER.code, 'mot-2020-7', true],
    [ORDER.code, 'sc-2020-7', false],
    [STATUTE.code, 'statute-of-trials', true],
    ['CODE', 'civil-code', true],
    ['CODE', 'Civil Code', false],
    ['NO_SUCH_KIND', 'x-2020-7', false],
  ])('acts.yaml: kind %s with id %s is accepted: %s', (kind, id, accepted) => {
    const parse = () => parseActsFile('acts/acts.yaml', yamlOf([{ ...entry, id, kind }]));
    if (accepted) expect(parse().acts[0].kind).toBe(kind);
    else expect(parse).toThrow();
  });

  test.each([
    [
      'Сноска. Пункт 3 в редакции приказа Министерства испытаний РК от 01.02.2020 № 7 (вводится в действие со дня первого официального опубликования).',
      'para_3',
      'RESTATED',
    ],
    ['Ескерту. 2-тармақ алып тасталды - ҚР Сынақ министрлігінің 01.02.2020 № 7 бұйрығымен.', 'para_2', 'REPEALED'],
  ])('a note naming an act of the kind: %s', (note, target, kind) => {
    const [event] = parseNote(note);
    expect(event).toMatchObject({
      kind,
      target,
      amendingAct: { id: 'mot-2020-7', kind: ORDER.code, number: '7', adoptedOn: '2020-02-01' },
    });
  });

  test('an act of the kind in a corpus: data only (acts.yaml and the text file), with its issuer from the registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zangraph-kind-'));
    try {
      cpSync(join(ROOT, 'corpus'), dir, { recursive: true });
      // the decree's text under another act of the new kind: structure and notes read as any act's do
      writeFileSync(join(dir, 'acts', 'mot-2020-7.kk.txt'), readFileSync(join(dir, 'acts', 'gov-2012-1213.kk.txt')));
      const acts = readFileSync(join(dir, 'acts', 'acts.yaml'), 'utf8').replace(
        /^acts:\n/m,
        'acts:\n  - { id: mot-2020-7, kind: TEST_MINISTRY_ORDER, number: "7", adoptedOn: 2020-02-01, uri: /akn/kz/act/order/2020-02-01/7, file: mot-2020-7.kk.txt, lang: kk }\n',
      );
      writeFileSync(join(dir, 'acts', 'acts.yaml'), acts);
      const rows = buildKnowledgeBase(loadCorpus(dir).input);
      const act = rows.acts.find((a) => a.id === 'mot-2020-7')!;
      expect(act).toMatchObject({ kind: ORDER.code, issuerKk: ORDER.issuer.kk, issuerRu: ORDER.issuer.ru });
      expect(act.entryReasonRu.length).toBeGreaterThan(0);
      expect(rows.clauses.filter((c) => c.actId === 'mot-2020-7').length).toBe(
        rows.clauses.filter((c) => c.actId === 'gov-2012-1213').length,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('citations', () => {
  const catalog = buildCatalog([ORDER_ACT]);
  const cases: Array<[string, CitationLang, CitationStyleName]> = catalog.clauses.flatMap((c) =>
    (['kk', 'ru'] as const).flatMap((lang) =>
      (['FULL', 'SHORT'] as const).map((style): [string, CitationLang, CitationStyleName] => [c.id, lang, style]),
    ),
  );

  test.each(cases)("%s in %s, %s: formatted with the kind's names and read back to the same clause", (clauseId, lang, style) => {
    const clause = catalog.clauses.find((c) => c.id === clauseId)!;
    const text = formatCitation(clause, catalog.acts[0], lang, style);
    expect(text).toContain(
      style === 'FULL'
        ? lang === 'kk'
          ? 'Сынақ министрлігінің'
          : 'Министерства испытаний'
        : lang === 'kk'
          ? 'Сынақ министрлігінің'
          : 'ПМИ РК',
    );
    expect(extractCitations(text, catalog).map((f) => f.clauseId)).toEqual([clauseId]);
  });

  test('a look-alike of the kind (another number) is a reference to the kind, never the catalog act', () => {
    const [found] = extractCitations('пункт 3 приказа Министерства испытаний РК от 01.02.2020 № 8', catalog);
    expect(found.clauseId).toBeUndefined();
    expect(found.reference).toMatchObject({ targetAct: 'ministry-of-trials-order', number: '8', point: '3' });
  });

  test('a kind its name identifies: a reference to its name outside the catalog, the catalog act once there is one', () => {
    const text = 'пункт 2 статьи 14 Испытательного устава РК';
    expect(extractCitations(text, catalog)[0].reference).toMatchObject({ targetAct: 'statute-of-trials', article: '14', point: '2' });
    const withStatute = buildCatalog([
      ORDER_ACT,
      { id: 'statute-of-trials', kind: STATUTE.code, number: '1', adoptedOn: '2001-01-01', attachments: 0, eIds: ['para_1'] },
    ]);
    expect(extractCitations(text, withStatute)[0]).toMatchObject({
      actId: 'statute-of-trials',
      text: 'пункт 2 статьи 14 Испытательного устава РК',
    });
    expect(extractCitations('СЖ-нің 14-бабы', withStatute)[0]).toMatchObject({ actId: 'statute-of-trials' });
  });

  test('the Civil Code is the catalog act of kind CODE once the catalog holds it, a civil-code reference until then', () => {
    const text = 'п. 1 ст. 940 ГК РК';
    expect(extractCitations(text, catalog)[0].reference).toMatchObject({ targetAct: 'civil-code', article: '940', point: '1' });
    const withCode = buildCatalog([
      ORDER_ACT,
      { id: 'civil-code', kind: 'CODE', number: '409-I', adoptedOn: '1999-07-01', attachments: 0, eIds: ['para_1'] },
    ]);
    expect(extractCitations(text, withCode)[0]).toMatchObject({ actId: 'civil-code' });
  });
});

describe('names, labels and Akoma Ntoso', () => {
  const act = { kind: ORDER.code, number: '7', adoptedOn: '2020-02-01' };

  test.each([
    ['kk', 'ҚР СМ 01.02.2020 № 7 бұйрығы', 'ҚР Сынақ министрлігінің 01.02.2020 № 7 бұйрығы', 'Сынақ министрлігінің бұйрығы'],
    ['ru', 'ПМИ РК от 01.02.2020 № 7', 'приказ Министерства испытаний РК от 01.02.2020 № 7', 'Приказ Министерства испытаний'],
  ] as const)('%s: short name, name in a sentence, label', (lang, short, prose, label) => {
    expect(actShortName(act, lang)).toBe(short);
    expect(actFullName(act, lang)).toBe(prose);
    expect(actKindLabel(ORDER.code, lang)).toBe(label);
  });

  test('a full name writes the date out', () => {
    expect(actName(act, 'ru', 'full.genitive')).toBe('приказа Министерства испытаний Республики Казахстан от 1 февраля 2020 года № 7');
    expect(actName(act, 'kk', 'full.genitive')).toBe('Қазақстан Республикасы Сынақ министрлігінің 2020 жылғы 1 ақпандағы № 7 бұйрығының');
  });

  test('an Akoma Ntoso document of the kind: its subtype in the IRIs, its name and author, valid against the OASIS schema', async () => {
    expect(workUri(ORDER.code, '2020-02-01', '7')).toBe('/akn/kz/act/order/2020-02-01/7');
    const t = (paragraphs: string[]) => ({ paragraphs, official: true, complete: true });
    const snapshot: AknSnapshot = {
      act: {
        id: 'mot-2020-7',
        kind: ORDER.code,
        number: '7',
        adoptedOn: '2020-02-01',
        entryEarliest: '2020-02-01',
        uri: '/akn/kz/act/order/2020-02-01/7',
        issuer: ORDER.issuer.kk,
        signatures: [],
      },
      lang: 'kk',
      asOf: '2024-01-01',
      generatedOn: '2024-01-01',
      title: t(['Title']),
      requisites: t(['Requisites']),
      clauses: [{ eId: 'para_1', kind: 'POINT', number: '1', parentEId: null, status: 'IN_FORCE', ...t(['1. First.']) }],
      amendments: [
        {
          id: 'mot-2020-7/para_1/mot-2021-3/modified',
          kind: 'MODIFIED',
          target: 'para_1',
          effectiveFrom: '2021-03-01',
          effectiveFromExact: true,
          amendingAct: {
            id: 'mot-2021-3',
            kind: ORDER.code,
            number: '3',
            adoptedOn: '2021-03-01',
            name: actShortName({ kind: ORDER.code, number: '3', adoptedOn: '2021-03-01' }, 'kk'),
          },
        },
      ],
    };
    const xml = buildAkn(snapshot)!;
    expect(xml).toContain('<act name="order"');
    expect(xml).toContain('eId="ministry-of-trials"');
    expect(xml).toContain('href="/akn/kz/act/order/2021-03-01/3"');
    expect(await validateAkn(xml)).toEqual({ valid: true, errors: [] });
  });
});

describe('the built-in kinds', () => {
  test('CODE is a complete kind: named by its name, with an id of its own, AKN act "code", labels and names', () => {
    const code = actKind('CODE');
    expect(code.identity.by).toBe('NAME');
    expect(code.akn).toMatchObject({ subtype: 'code', name: 'code' });
    expect(code.label).toEqual({ kk: 'Кодекс', ru: 'Кодекс' });
    const civil = { kind: 'CODE', number: '409-I', adoptedOn: '1999-07-01' };
    expect([actShortName(civil, 'ru'), actShortName(civil, 'kk')]).toEqual(['ГК РК', 'АК']);
    expect(actName(civil, 'ru', 'full.genitive')).toBe('Гражданского кодекса Республики Казахстан');
    expect(actName(civil, 'kk', 'full.genitive')).toBe('Қазақстан Республикасы Азаматтық кодексінің');
  });

  test.each(BUILT_IN_KINDS.map((k) => [k.code, k] as const))('%s has every name in both languages', (_code, k) => {
    for (const lang of ['kk', 'ru'] as const) {
      const forms = k.names[lang];
      for (const name of [
        forms.full.genitive,
        forms.full.instrumental,
        forms.short.nominative,
        forms.short.genitive,
        forms.short.instrumental,
        forms.prose,
      ])
        expect(name.trim().length).toBeGreaterThan(0);
      expect(k.label[lang].length).toBeGreaterThan(0);
      expect(k.issuer[lang].length).toBeGreaterThan(0);
    }
  });
});
