/** The acts, their clauses and amendments through GraphQL over HTTP, as judges and lawyers query them. */
import { gql, gqlOk } from '../support/graphql-client';

jest.setTimeout(60_000);

const SC_CLAUSES = [
  'preamble',
  ...['1', '2', '2-1', ...Array.from({ length: 19 }, (_, i) => String(i + 3)), '21-1', '22', '23', '24', '25'].map((n) => `para_${n}`),
];
const GOV_CLAUSES = [
  'preamble',
  'para_1',
  'para_2',
  'att_1',
  ...Array.from({ length: 11 }, (_, i) => `att_1__para_${i + 1}`).flatMap((e) =>
    e === 'att_1__para_9' ? [e, 'att_1__para_9__subpara_1', 'att_1__para_9__subpara_2'] : [e],
  ),
];

describe('clause inventories', () => {
  it.each([
    ['sc-1999-9', SC_CLAUSES],
    ['gov-2012-1213', GOV_CLAUSES],
  ])('%s has exactly its published clauses, repealed ones included when asked', async (actId, expected) => {
    const data = await gqlOk(`query($id: ID!) { act(id: $id) { all: clauses(includeRepealed: true) { eId } now: clauses { eId } } }`, {
      id: actId,
    });
    expect(data.act.all.map((c: { eId: string }) => c.eId)).toEqual(expected);
    const repealed = actId === 'sc-1999-9' ? ['para_2-1', 'para_11', 'para_22', 'para_23'] : [];
    expect(data.act.now.map((c: { eId: string }) => c.eId)).toEqual(expected.filter((e) => !repealed.includes(e)));
  });

  it('serves the tree: the Rules contain points, point 9 its sub-points', async () => {
    const data = await gqlOk(
      `{ clause(id: "gov-2012-1213/att_1__para_9") { kind number parent { id kind } children { id kind number } } }`,
    );
    expect(data.clause).toEqual({
      kind: 'POINT',
      number: '9',
      parent: { id: 'gov-2012-1213/att_1', kind: 'ATTACHMENT' },
      children: [
        { id: 'gov-2012-1213/att_1__para_9__subpara_1', kind: 'SUBPOINT', number: '1' },
        { id: 'gov-2012-1213/att_1__para_9__subpara_2', kind: 'SUBPOINT', number: '2' },
      ],
    });
  });

  it.each([
    ['sc-1999-9', { number: '21-1' }, 'sc-1999-9/para_21-1'],
    ['gov-2012-1213', { number: '9', subpoint: '2', attachment: 1 }, 'gov-2012-1213/att_1__para_9__subpara_2'],
    ['gov-2012-1213', { number: '2' }, 'gov-2012-1213/para_2'],
    ['gov-2012-1213', { number: '12', attachment: 1 }, null],
  ])('Act.clause finds %s %j as cited', async (actId, args, expected) => {
    const data = await gqlOk(
      `query($id: ID!, $n: String!, $s: String, $a: Int) { act(id: $id) { clause(number: $n, subpoint: $s, attachment: $a) { id } } }`,
      {
        id: actId,
        n: args.number,
        s: (args as { subpoint?: string }).subpoint,
        a: (args as { attachment?: number }).attachment,
      },
    );
    expect(data.act.clause?.id ?? null).toBe(expected);
  });
});

describe('clause text as published', () => {
  it('puts displaced hyperlinks back and joins page breaks', async () => {
    const data = await gqlOk(`{
      p16: clause(id: "sc-1999-9/para_16") { text { text } }
      p21: clause(id: "sc-1999-9/para_21-1") { text { text } }
      p8: clause(id: "sc-1999-9/para_8") { paragraphs }
      pre: clause(id: "gov-2012-1213/preamble") { text { text official complete source } }
    }`);
    expect(data.p16.text.text).toContain('АК-нің 187-бабы 3) тармақшасының ережелеріне сәйкес осындай өтеу құқығы');
    expect(data.p21.text.text.endsWith('(АК-нің 924-бабы).')).toBe(true);
    expect(data.p8.paragraphs).toHaveLength(5);
    expect(data.p8.paragraphs[4]).toContain('өтемақы алуға құқығы болмайтынын');
    expect(data.pre.text).toEqual({
      text: '"Қазақстан Республикасының ұлттық қауіпсіздік органдары туралы" Қазақстан Республикасы Заңының 18-бабына сәйкес Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:',
      official: true,
      complete: true,
      source: 'corpus/acts/gov-2012-1213.kk.txt',
    });
  });

  it('keeps furniture out of every clause', async () => {
    const data = await gqlOk(`{ acts { clauses(includeRepealed: true) { id text { text } } } }`);
    const texts: string[] = data.acts.flatMap((a: { clauses: Array<{ text: { text: string } }> }) =>
      a.clauses.map((c) => c.text.text ?? ''),
    );
    for (const furniture of ['БАСПАСӨЗ РЕЛИЗІ', 'Премьер-Министрі', 'Пленум хатшысы', '©', 'ШЖҚ РМК'])
      expect(texts.join('\n')).not.toContain(furniture);
  });

  it('serves notes verbatim, and a repealed point as its own note', async () => {
    const data = await gqlOk(`{
      p25: clause(id: "sc-1999-9/para_25") { notes }
      p11: clause(id: "sc-1999-9/para_11") { notes status text { text official validFrom } }
      pre: clause(id: "sc-1999-9/preamble") { ru: notes(lang: RU) kk: notes }
    }`);
    expect(data.p25.notes).toEqual([
      'Ескерту. 25-тармақпен толықтырылды – ҚР Жоғарғы Сотының 31.03.2017 № 2 (алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі); жаңа редакцияда – ҚР Жоғарғы Сотының 28.11.2024 № 2 (алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі) Нормативтік қаулыларымен.',
    ]);
    expect(data.p11).toEqual({
      notes: ['11. Алып тасталды - ҚР Жоғарғы сотының 2004 жылғы 18 маусымдағы N 12 нормативтік қаулысымен.'],
      status: 'REPEALED',
      text: {
        text: '11. Алып тасталды - ҚР Жоғарғы сотының 2004 жылғы 18 маусымдағы N 12 нормативтік қаулысымен.',
        official: true,
        validFrom: '2004-06-18',
      },
    });
    expect(data.pre.kk).toEqual([
      'Ескерту. Атауы мен кіріспеге өзгеріс енгізілді - ҚР Жоғарғы сотының 2004 жылғы 18 маусымдағы N 12 нормативтік қаулысымен.',
    ]);
    expect(data.pre.ru).toEqual([
      'Сноска. В наименование и преамбулу внесены изменения - Нормативным постановлением Верховного Суда РК от 18 июня 2004 г. N 12 .',
    ]);
  });
});

describe('outgoing references', () => {
  it('reads references to other norms with article, point, part and sub-point', async () => {
    const data = await gqlOk(`{
      p2: clause(id: "sc-1999-9/para_2") { references { text targetAct article point part subpoint clause { id } } }
      p16: clause(id: "sc-1999-9/para_16") { references { text targetAct article subpoint } }
      p25: clause(id: "sc-1999-9/para_25") { references { targetAct article } }
      pre: clause(id: "gov-2012-1213/preamble") { references { targetAct article } }
    }`);
    // article 938 is in the knowledge base (the Civil Code's chapter 47): the reference leads to it
    expect(data.p2.references).toContainEqual({
      text: 'АК-нің 938-бабына',
      targetAct: 'civil-code',
      article: '938',
      point: null,
      part: null,
      subpoint: null,
      clause: { id: 'civil-code/art_938' },
    });
    expect(data.p2.references).toContainEqual(
      expect.objectContaining({ targetAct: 'civil-procedure-code', article: '148', part: '2', subpoint: '1-8' }),
    );
    expect(data.p2.references).toContainEqual(expect.objectContaining({ targetAct: 'civil-procedure-code', article: '15', part: '4' }));
    expect(data.p16.references).toEqual([
      { text: 'АК-нің 187-бабы 3) тармақшасының', targetAct: 'civil-code', article: '187', subpoint: '3' },
    ]);
    expect(data.p25.references).toEqual([{ targetAct: 'constitution', article: '4' }]);
    expect(data.pre.references).toEqual([{ targetAct: 'law-national-security-bodies', article: '18' }]);
  });

  it('names the chapter when a reference is to a chapter of a code, not an article', async () => {
    const data = await gqlOk(`{ clause(id: "sc-1999-9/para_1") { references { text targetAct chapter article } } }`);
    expect(data.clause.references).toContainEqual({
      text: 'Қазақстан Республикасы Азаматтық кодексінің (бұдан әрі - АК) 47-тарауында',
      targetAct: 'civil-code',
      chapter: '47',
      article: null,
    });
    // references to articles carry no chapter
    const p2 = await gqlOk(`{ clause(id: "sc-1999-9/para_2") { references { article chapter } } }`);
    for (const r of p2.clause.references) expect(r.chapter).toBeNull();
  });

  it('links a reference inside the act to the clause it names', async () => {
    const data = await gqlOk(`{ clause(id: "gov-2012-1213/att_1__para_7") { references { text targetAct clause { id } } } }`);
    expect(data.clause.references).toEqual([
      { text: '4', targetAct: 'gov-2012-1213', clause: { id: 'gov-2012-1213/att_1__para_4' } },
      { text: '5', targetAct: 'gov-2012-1213', clause: { id: 'gov-2012-1213/att_1__para_5' } },
    ]);
  });
});

describe('amendments', () => {
  it('records all 41 events with kind, target, amending act and effective rule', async () => {
    const data = await gqlOk(
      `{ amendments { act { id } target kind effectiveRule effectiveFrom effectiveFromExact amendingAct { id kind number adoptedOn } } }`,
    );
    const rows = data.amendments.map((a: any) => `${a.act.id} ${a.target} ${a.kind} ${a.amendingAct.id} ${a.effectiveRule}`);
    expect(rows).toHaveLength(41);
    const restated2024 = [
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
      '21',
      '24',
      '25',
    ].map((n) => `sc-1999-9 para_${n} RESTATED sc-2024-2 FROM_FIRST_OFFICIAL_PUBLICATION`);
    const expected = [
      'sc-1999-9 title MODIFIED sc-2004-12 UNSTATED',
      'sc-1999-9 preamble MODIFIED sc-2004-12 UNSTATED',
      'sc-1999-9 para_11 REPEALED sc-2004-12 UNSTATED',
      'sc-1999-9 para_22 REPEALED sc-2004-12 UNSTATED',
      'sc-1999-9 para_2-1 REPEALED sc-2011-5 UNSTATED',
      'sc-1999-9 para_21-1 INSERTED sc-2011-5 UNSTATED',
      'sc-1999-9 para_23 REPEALED sc-2011-5 UNSTATED',
      'sc-1999-9 title RESTATED sc-2017-2 FROM_FIRST_OFFICIAL_PUBLICATION',
      'sc-1999-9 para_25 INSERTED sc-2017-2 FROM_FIRST_OFFICIAL_PUBLICATION',
      'gov-2012-1213 title RESTATED gov-2023-666 TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION',
      'gov-2012-1213 preamble RESTATED gov-2023-666 TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION',
      'gov-2012-1213 para_1 RESTATED gov-2023-666 TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION',
      'gov-2012-1213 att_1 RESTATED gov-2023-666 TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION',
      ...['4', '5', '7', '8', '9'].map(
        (n) => `gov-2012-1213 att_1__para_${n} RESTATED gov-2023-1154 TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION`,
      ),
      'sc-1999-9 requisites RESTATED sc-2024-2 FROM_FIRST_OFFICIAL_PUBLICATION',
      ...restated2024,
    ];
    expect([...rows].sort()).toEqual([...expected].sort());
    // chronological, and inexact where the publication date is unknown (no publication date is recorded): the first
    // possible day is the adoption, or the eleventh day after it under the ten-day rule
    const dates = data.amendments.map((a: any) => a.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
    const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    for (const a of data.amendments) {
      expect(a.effectiveFromExact).toBe(false);
      expect(a.effectiveFrom).toBe(
        a.effectiveRule === 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION' ? plusDays(a.amendingAct.adoptedOn, 11) : a.amendingAct.adoptedOn,
      );
    }
  });

  it.each([
    [{ actId: 'gov-2012-1213', target: 'att_1' }, 6],
    [{ amendingActId: 'sc-2011-5' }, 3],
    [{ kind: 'REPEALED' }, 4],
    [{ from: '2017-01-01', to: '2023-12-31' }, 11],
  ])('filters amendments by %j', async (filter, count) => {
    const data = await gqlOk(`query($f: AmendmentFilter) { amendments(filter: $f) { id } }`, { f: filter });
    expect(data.amendments).toHaveLength(count);
  });

  it('lists amending acts with their amendments', async () => {
    const data = await gqlOk(`{ amendingActs { id kind number adoptedOn issuer(lang: RU) amendments { id } } }`);
    expect(data.amendingActs.map((a: any) => [a.id, a.amendments.length])).toEqual([
      ['sc-2004-12', 4],
      ['sc-2011-5', 3],
      ['sc-2017-2', 2],
      ['gov-2023-666', 4],
      ['gov-2023-1154', 5],
      ['sc-2024-2', 23],
    ]);
  });

  it('gives every clause its history, the Rules points including the restatement of the Rules', async () => {
    const data = await gqlOk(`{ clause(id: "gov-2012-1213/att_1__para_9__subpara_1") { history { id } } }`);
    expect(data.clause.history.map((a: any) => a.id)).toEqual([
      'gov-2012-1213/att_1/gov-2023-666/restated',
      'gov-2012-1213/att_1__para_9/gov-2023-1154/restated',
    ]);
  });
});

describe('point in time', () => {
  it('answers "not yet in force" before the act can have entered into force (point 2: ten days after publication), for the act and its clauses', async () => {
    for (const asOf of ['2012-09-17', '2012-09-18', '2012-09-28']) {
      const data = await gqlOk(
        `query($d: Date!) { act(id: "gov-2012-1213") { status(asOf: $d) clauses(asOf: $d) { id } title(asOf: $d) { text validFrom validTo } } clause(id: "gov-2012-1213/att_1__para_5") { status(asOf: $d) } }`,
        { d: asOf },
      );
      expect(data.act.status).toBe('NOT_YET_IN_FORCE');
      expect(data.act.clauses).toEqual([]);
      // no wording, and no period "for which it is unknown": nothing applied yet
      expect(data.act.title).toEqual({ text: null, validFrom: null, validTo: null });
      expect(data.clause.status).toBe('NOT_YET_IN_FORCE');
    }
    const entry = await gqlOk(`{ act(id: "gov-2012-1213") { status(asOf: "2012-09-29") entryIntoForce { earliest latest exact } } }`);
    expect(entry.act).toEqual({ status: 'UNCERTAIN', entryIntoForce: { earliest: '2012-09-29', latest: '2023-08-10', exact: false } });
  });

  it("serves the decree's title before 2023 and after", async () => {
    const data = await gqlOk(
      `{ act(id: "gov-2012-1213") { old: title(asOf: "2020-01-01") { text official complete validTo source } now: title { text validFrom } } }`,
    );
    expect(data.act.old.text.startsWith('Арнаулы мемлекеттік органдар қызметкерінің')).toBe(true);
    // the old title may have applied until decree No. 666 certainly did (by 20.12.2023, when decree No. 1154 amended the text)
    expect(data.act.old).toMatchObject({ official: true, complete: true, validTo: '2023-12-19' });
    expect(data.act.now.text.startsWith('Ұлттық қауіпсіздік органдары қызметкерінің')).toBe(true);
    // decree No. 666 of 10.08.2023 applies ten days after its publication: not before 21.08.2023
    expect(data.act.now.validFrom).toBe('2023-08-21');
  });

  it('serves the official Russian point 1 of 2020 as a fragment, and the unofficial translation today', async () => {
    const data = await gqlOk(
      `{ clause(id: "sc-1999-9/para_1") { old: text(lang: RU, asOf: "2020-01-01") { lang text official complete validTo } now: text(lang: RU) { official complete validFrom } } }`,
    );
    expect(data.clause.old).toMatchObject({ lang: 'RU', official: true, complete: false, validTo: '2026-11-20' });
    expect(data.clause.old.text.startsWith('1. Споры, связанные с возмещением вреда')).toBe(true);
    expect(data.clause.now).toEqual({ official: false, complete: true, validFrom: '2024-11-28' });
  });

  it('never substitutes another language or invents a wording: an unknown wording is null with its period', async () => {
    const data = await gqlOk(
      `{ clause(id: "sc-1999-9/para_5") { text(asOf: "2010-01-01") { text official complete validFrom validTo } } }`,
    );
    expect(data.clause.text).toEqual({ text: null, official: true, complete: false, validFrom: null, validTo: '2024-11-27' });
  });

  it('lists every known wording of a clause as versions, fragments marked incomplete', async () => {
    const data = await gqlOk(`{ clause(id: "sc-1999-9/para_12") { versions { text complete official validFrom validTo } } }`);
    expect(data.clause.versions.map((v: any) => [v.complete, v.official, v.validFrom, v.validTo])).toEqual([
      [false, true, null, '2026-11-20'],
      [true, true, '2024-11-28', null],
    ]);
    expect(data.clause.versions[0].text.startsWith('соттар өтелуге тиiс жерлеу шығындарына')).toBe(true);
  });

  it('lists act versions as the dates it changed', async () => {
    const data = await gqlOk(`{ act(id: "sc-1999-9") { versions { date amendments { id } } } }`);
    expect(data.act.versions.map((v: any) => v.date)).toEqual(['2004-06-18', '2011-12-30', '2017-03-31', '2024-11-28']);
  });

  it('lists every clause changed in a period, saying when a change may fall outside it', async () => {
    const data = await gqlOk(
      `{ changes(actId: "gov-2012-1213", from: "2023-12-20", to: "2024-01-10") { clause { id } certain amendments { id } before { text certain } after { text complete certain uncertainty { earliest latest } } diff { op } } }`,
    );
    expect(data.changes.map((c: any) => c.clause.id)).toEqual([
      'gov-2012-1213/att_1',
      ...['4', '5', '7', '8', '9'].map((n) => `gov-2012-1213/att_1__para_${n}`),
      'gov-2012-1213/att_1__para_9__subpara_1',
      'gov-2012-1213/att_1__para_9__subpara_2',
    ]);
    // the wording between the two 2023 decrees is not in the corpus: no diff is invented
    expect(data.changes.every((c: any) => c.before.text === null && c.diff === null && c.after.complete)).toBe(true);
    // decree No. 1154 may have applied from 31.12.2023, but nothing proves it before 21.11.2026
    for (const c of data.changes) {
      expect(c.certain).toBe(false);
      expect(c.after).toMatchObject({ certain: false, uncertainty: { earliest: '2023-12-31', latest: '2026-11-21' } });
    }
    // decree No. 666 had certainly applied by 20.12.2023: not a change after that day
    const before = await gqlOk(`{ changes(actId: "gov-2012-1213", from: "2023-08-10", to: "2023-12-20") { clause { id } certain } }`);
    expect(before.changes.map((c: any) => c.clause.id)).toContain('gov-2012-1213/att_1__para_1');
    expect(before.changes.every((c: any) => c.certain)).toBe(true);
  });
});

describe('bad input', () => {
  it('answers unknown IDs with null and no error', async () => {
    const r = await gql(
      `{ act(id: "sc-1999-99") { id } clause(id: "sc-1999-9/para_99") { id } c2: clause(id: "nonsense") { id } node(id: "x/y/z") { id } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ act: null, clause: null, c2: null, node: null });
  });

  it.each(['2020-13-01', '2020-02-30', '20-01-01', 'yesterday', ''])('rejects the malformed date %j naming the argument', async (bad) => {
    const r = await gql(`{ clause(id: "sc-1999-9/para_1") { status(asOf: ${JSON.stringify(bad)}) } }`);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].message).toMatch(/"asOf"/);
  });

  it('rejects a malformed date given as a variable, naming the variable', async () => {
    const r = await gql(`query($d: Date) { clause(id: "sc-1999-9/para_1") { status(asOf: $d) } }`, { d: '2021-02-29' });
    expect(r.errors?.[0].message).toMatch(/\$d/);
  });

  it('rejects changes() with from after to', async () => {
    const r = await gql(`{ changes(actId: "sc-1999-9", from: "2025-01-01", to: "2020-01-01") { clause { id } } }`);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('node and ids', () => {
  it.each([
    ['sc-1999-9', 'Act'],
    ['sc-2024-2', 'AmendingAct'],
    ['sc-1999-9/para_21-1', 'Clause'],
    ['sc-1999-9/para_25/sc-2017-2/inserted', 'Amendment'],
  ])('resolves %s as a %s', async (id, type) => {
    const data = await gqlOk(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
    expect(data.node).toEqual({ __typename: type, id });
  });

  it('gives every clause a permalink', async () => {
    const data = await gqlOk(`{ clause(id: "gov-2012-1213/att_1__para_9__subpara_2") { permalink } }`);
    expect(data.clause.permalink).toBe('/acts/gov-2012-1213/att_1__para_9__subpara_2');
  });
});
