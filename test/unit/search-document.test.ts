import {
  amendmentLines,
  analyzeParagraphs,
  buildSearchDocument,
  indexedDocument,
  NEVER,
  paragraphsOf,
  referenceKey,
  type SearchSource,
} from '../../src/search/search-document';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeKeyboardFolded } from '../../src/search/analyzer';
import { conceptToken, loadGlossary } from '../../src/search/glossary';

const glossary = loadGlossary(readFileSync(join(__dirname, '../../corpus/glossary.yaml'), 'utf8'));

const source: SearchSource = {
  clauseId: 'gov-2012-1213/att_1__para_5',
  actId: 'gov-2012-1213',
  eId: 'att_1__para_5',
  number: '5',
  kkText: '5. Залалды өтеу үшін қызметкер баянат ұсынады.',
  ruText: '5. Для возмещения ущерба сотрудник представляет рапорт.',
  ruOfficial: false,
  existsFrom: '2012-09-18',
  repealedOn: null,
  claimTypes: ['NSB_SERVICE_MEMBER_DAMAGE'],
  notesKk: ['Ескерту. 5-тармақ жаңа редакцияда - ҚР Үкіметінің 20.12.2023 № 1154 қаулысымен.'],
  notesRu: ['Сноска. Пункт 5 в редакции постановления Правительства РК от 20.12.2023 № 1154.'],
  amendments: [
    {
      by: 'gov-2023-666',
      kind: 'RESTATED',
      effectiveFrom: '2023-08-10',
      act: {
        kind: 'GOVERNMENT_DECREE',
        number: '666',
        adoptedOn: '2023-08-10',
        issuerKk: 'Қазақстан Республикасының Үкіметі',
        issuerRu: 'Правительство Республики Казахстан',
      },
    },
    {
      by: 'gov-2023-1154',
      kind: 'RESTATED',
      effectiveFrom: '2023-12-20',
      act: {
        kind: 'GOVERNMENT_DECREE',
        number: '1154',
        adoptedOn: '2023-12-20',
        issuerKk: 'Қазақстан Республикасының Үкіметі',
        issuerRu: 'Правительство Республики Казахстан',
      },
    },
  ],
  references: ['law-national-security-bodies:18'],
  refersTo: ['gov-2012-1213/att_1__para_4', 'gov-2012-1213/att_1__para_4'],
  citationsKk: ['ҚР Үкіметінің 18.09.2012 № 1213 қаулысымен бекітілген Қағидалардың 5-т.'],
  citationsRu: ['п. 5 Правил, утв. ПП РК от 18.09.2012 № 1213'],
};

describe('buildSearchDocument', () => {
  const d = buildSearchDocument(source, glossary);

  it('holds the folded Kazakh and Russian stems of the text, and of what is said about the point apart', () => {
    expect(d.kk_folded.split(' ')).toEqual(analyzeKeyboardFolded(source.kkText));
    expect(d.ru_stems.split(' ')).toEqual(analyze(source.ruText, 'ru'));
    for (const stem of ['1154', '1213', '2023']) expect(d.about_ru_stems.split(' ')).toContain(stem);
    expect(d.about_ru_stems.split(' ')).toEqual(expect.arrayContaining(analyze('постановление изменен', 'ru')));
    expect(d.kk_folded).not.toContain('1154');
  });

  it('says when the point existed and what changed it when, as filter values', () => {
    expect(d).toMatchObject({ id: 'gov-2012-1213--att_1__para_5', number: '5', existsFrom: 20120918, existsTo: NEVER });
    expect(d.amendedBy).toEqual(['gov-2023-1154', 'gov-2023-666']);
    expect(d.amendedOn).toEqual([20230810, 20231220]);
    expect(d.amendments).toEqual(['gov-2023-1154@20231220', 'gov-2023-666@20230810']);
    expect(d.references).toEqual(['law-national-security-bodies:18']);
    expect(buildSearchDocument({ ...source, repealedOn: '2011-12-30' }, glossary).existsTo).toBe(20111230);
  });

  it('holds a token for each glossary concept the text names, in either language', () => {
    const tokens = d.concepts;
    const entry = (kk: string) => glossary.entries.findIndex((e) => e.kk.includes(kk));
    expect(tokens).toContain(conceptToken(entry('баянат'))); // Kazakh text only: "баянат"
    expect(tokens).toContain(conceptToken(entry('залал'))); // "залалды" in Kazakh, "ущерба" in Russian
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('keeps the texts for PostgreSQL, not for Meilisearch', () => {
    expect(d.kk_text).toBe(source.kkText);
    expect(indexedDocument(d, 'b1')).not.toHaveProperty('kk_text');
    expect(indexedDocument(d, 'b1')).not.toHaveProperty('ru_text');
    // what the point refers to is the re-rank's, read from PostgreSQL: once each
    expect(d.refersTo).toEqual(['gov-2012-1213/att_1__para_4']);
    expect(indexedDocument(d, 'b1')).not.toHaveProperty('refersTo');
  });
});

describe('paragraphs of a text (analyzeParagraphs, paragraphsOf)', () => {
  const ru = (t: string) => analyze(t, 'ru');

  it.each([
    ['one paragraph', 'возмещение вреда', [0]],
    ['three, the second empty', 'возмещение вреда\n\nвина работодателя установлена', [0, 2]],
    ['a paragraph of stop words only starts nothing', 'вред\nи в на\nвина', [0, 1]],
    ['nothing at all', '', []],
  ])('%s', (_name, text, starts) => {
    const { stems, starts: found } = analyzeParagraphs(text, ru);
    expect(found).toEqual(starts);
    expect(stems).toEqual(text.split('\n').flatMap(ru));
  });

  it('cuts the stems back into the paragraphs they came from', () => {
    const text = 'Вред возмещается.\nЛишь при установлении вины работодателя.\nВладелец источника отвечает.';
    const { stems, starts } = analyzeParagraphs(text, ru);
    expect(paragraphsOf(stems, starts)).toEqual(text.split('\n').map(ru));
    // one paragraph, or none recorded (a row written before the paragraphs were): the whole text as one
    expect(paragraphsOf(stems, [0])).toEqual([stems]);
    expect(paragraphsOf(stems, [])).toEqual([stems]);
  });

  it('gives the stems of the paragraphs in order, each starting where the one before ended (any text)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('вред', 'вины', 'и', 'в', '12', ' ', '\n', 'зиян', 'өтеу'), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const { stems, starts } = analyzeParagraphs(text, ru);
        expect(starts.every((s, i) => s >= 0 && s < stems.length && (i === 0 || s > starts[i - 1]))).toBe(true);
        expect(paragraphsOf(stems, starts).flat()).toEqual(stems);
      }),
      { numRuns: 500 },
    );
  });

  it('stores where the paragraphs begin for PostgreSQL, not for Meilisearch', () => {
    const d = buildSearchDocument({ ...source, ruText: 'Вред возмещается.\nЛишь при установлении вины.' }, glossary);
    expect(d.ru_passages).toEqual([0, 2]);
    expect(d.kk_passages).toEqual([0]);
    expect(indexedDocument(d, 'b1')).not.toHaveProperty('ru_passages');
    expect(indexedDocument(d, 'b1')).not.toHaveProperty('kk_passages');
  });
});

describe('amendmentLines', () => {
  it('names the act, its number, its year and what it did, in each language', () => {
    const { kk, ru } = amendmentLines(source.amendments.slice(1));
    expect(ru).toContain('№ 1154');
    expect(ru).toContain('2023 года');
    expect(ru).toMatch(/изложен в новой редакции/);
    expect(kk).toMatch(/жаңа редакцияда/);
    expect(kk).toContain('20.12.2023');
  });
});

describe('referenceKey', () => {
  it.each([
    ['civil-code', '940', null, 'civil-code:940'],
    ['civil-code', null, '47', 'civil-code:ch47'],
    ['other-act', null, null, null],
  ])('%s %s %s', (act, article, chapter, key) => {
    expect(referenceKey(act, article, chapter)).toBe(key);
  });
});
