/** Citations over GraphQL: every clause's citation reads back to the same clause, and free text resolves with exact spans. */
import { gql, gqlOk } from '../support/graphql-client';

jest.setTimeout(120_000);

interface ClauseCitations {
  id: string;
  kkFull: string;
  kkShort: string;
  ruFull: string;
  ruShort: string;
}

const FORMS = [
  ['kkFull', 'KK', 'FULL'],
  ['kkShort', 'KK', 'SHORT'],
  ['ruFull', 'RU', 'FULL'],
  ['ruShort', 'RU', 'SHORT'],
] as const;

async function everyClause(): Promise<ClauseCitations[]> {
  const data = await gqlOk(`{ acts { clauses(includeRepealed: true) { id
    kkFull: citation(lang: KK, style: FULL) kkShort: citation(lang: KK, style: SHORT) ruFull: citation(lang: RU, style: FULL) ruShort: citation(lang: RU, style: SHORT) } } }`);
  return data.acts.flatMap((a: { clauses: ClauseCitations[] }) => a.clauses);
}

describe('Clause.citation → resolveCitations round trip', () => {
  it('reads every clause × kk/ru × FULL/SHORT back to the same clause, the whole citation as its span', async () => {
    const clauses = await everyClause();
    // 28 clauses of the resolution, 17 of the decree (acts.test.ts lists them), 122 units of the Civil Code's chapter 47
    expect(clauses.length).toBe(45 + 122);
    const cases = clauses.flatMap((c) => FORMS.map(([key, lang, style]) => ({ id: c.id, lang, style, text: c[key] })));
    const failures: string[] = [];
    // a few texts per request: each resolveCitations may return up to CITATION_LIMITS.maxCitations items, and the
    // query cost counts that many for each
    for (let i = 0; i < cases.length; i += 3) {
      const chunk = cases.slice(i, i + 3);
      const vars = Object.fromEntries(chunk.map((c, j) => [`t${j}`, c.text]));
      const query = `query(${chunk.map((_, j) => `$t${j}: String!`).join(', ')}) { ${chunk.map((_, j) => `r${j}: resolveCitations(text: $t${j}) { text start end act { id } clause { id } reference { targetAct clause { id } } }`).join(' ')} }`;
      const data = await gqlOk(query, vars);
      chunk.forEach((c, j) => {
        const found = data[`r${j}`];
        // a unit of the Civil Code is also the reference to the Code the acts' references name, leading to the unit
        const reference = c.id.startsWith('civil-code/') ? { targetAct: 'civil-code', clause: { id: c.id } } : null;
        const expected = [{ text: c.text, start: 0, end: c.text.length, act: { id: c.id.split('/')[0] }, clause: { id: c.id }, reference }];
        if (JSON.stringify(found) !== JSON.stringify(expected))
          failures.push(`${c.id} ${c.lang} ${c.style}: ${c.text} → ${JSON.stringify(found)}`);
      });
    }
    expect(failures).toEqual([]);
  });

  it.each([
    [
      'sc-1999-9/para_12',
      'KK',
      'FULL',
      'Қазақстан Республикасы Жоғарғы Сотының 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысының 12-тармағы',
    ],
    ['sc-1999-9/para_12', 'RU', 'SHORT', 'п. 12 НП ВС РК от 09.07.1999 № 9'],
  ])('cites %s in %s %s as practitioners write it', async (id, lang, style, expected) => {
    const data = await gqlOk(`query($id: ID!) { clause(id: $id) { citation(lang: ${lang}, style: ${style}) } }`, { id });
    expect(data.clause.citation).toBe(expected);
  });

  it('refuses to cite a clause on a date before it existed, naming asOf', async () => {
    const ok = await gqlOk(`{ clause(id: "sc-1999-9/para_21-1") { citation(asOf: "2020-01-01") } }`);
    expect(ok.clause.citation).toContain('21-1');
    const r = await gql(`{ clause(id: "sc-1999-9/para_21-1") { citation(asOf: "2010-01-01") } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'asOf' });
  });
});

describe('resolveCitations', () => {
  it('finds clauses and outside norms in running text, with offsets into the text as given', async () => {
    const text =
      'Сот 🙂 ҚР ЖС 09.07.1999 № 9 НҚ 12-т. және АК-нің 938-бабын қолданды; см. также пп. 2) п. 9 Правил, утв. ПП РК от 18.09.2012 № 1213.';
    const data = await gqlOk(
      `query($t: String!) { resolveCitations(text: $t) { text start end act { id } clause { id } reference { targetAct article clause { id } } } }`,
      { t: text },
    );
    const found = data.resolveCitations as Array<{
      text: string;
      start: number;
      end: number;
      clause: { id: string } | null;
      reference: { targetAct: string; article: string } | null;
    }>;
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    // article 938 of the Civil Code is a clause of the knowledge base; the reference to the Code is given beside it
    expect(found.map((f) => f.clause?.id ?? f.reference?.targetAct)).toEqual([
      'sc-1999-9/para_12',
      'civil-code/art_938',
      'gov-2012-1213/att_1__para_9__subpara_2',
    ]);
    expect(found[1].reference).toEqual({ targetAct: 'civil-code', article: '938', clause: { id: 'civil-code/art_938' } });
  });

  it('answers an empty list for text that cites nothing', async () => {
    expect((await gqlOk(`{ resolveCitations(text: "Талап қанағаттандырылды.") { text } }`)).resolveCitations).toEqual([]);
  });
});
