/** Claim types and cases → rows: what is stored, and every corpus mistake refused with the file named. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCaseFile } from '../../src/corpus/case-file';
import { parseClaimTypesFile } from '../../src/corpus/claim-types-file';
import { buildClaimsAndCases, type ClaimsAndCasesInput } from '../../src/ingest/build-claims-and-cases';

const CORPUS = join(__dirname, '..', '..', 'corpus');
const CLAUSES = new Set(['sc-1999-9/para_1', 'sc-1999-9/para_12', 'sc-1999-9/para_19']);

const CLAIM_TYPES = `unofficial: true
claimTypes:
  - code: FUNERAL_EXPENSES
    name: { kk: "Жерлеу шығыстары", ru: "Расходы на погребение" }
    description: { kk: "Сипаттама.", ru: "Описание." }
    clauses:
      - { clause: sc-1999-9/para_12, role: AMOUNT, rationale: { kk: "Себебі.", ru: "Причина." } }
      - { clause: sc-1999-9/para_1, role: BASIS, rationale: { kk: "Себебі.", ru: "Причина." } }
  - code: MORAL_DAMAGE
    name: { kk: "Моральдық зиян", ru: "Моральный вред" }
    description: { kk: "Сипаттама.", ru: "Описание." }
    clauses:
      - { clause: sc-1999-9/para_19, role: BASIS, rationale: { kk: "Себебі.", ru: "Причина." } }
`;

const CASE = `id: some-case
court: { kk: "Сот", ru: "Суд" }
caseNumber: null
decidedOn: 2022-08-05
claimTypes: [FUNERAL_EXPENSES, MORAL_DAMAGE]
summary: { kk: "Қысқаша.", ru: "Кратко." }
outcome: { kk: "Нәтиже.", ru: "Итог." }
amountAwardedKzt: 100
sourceUrl: "https://example.kz/x"
citations:
  - { clause: sc-1999-9/para_12, quote: "жерлеу шығыстары" }
references:
  - { targetAct: civil-code, article: "938" }
unofficial: true
`;

function input(claimTypes = CLAIM_TYPES, cases: Array<[string, string]> = [['cases/some-case.yaml', CASE]]): ClaimsAndCasesInput {
  return {
    claimTypes: { file: 'claim-types.yaml', data: parseClaimTypesFile('claim-types.yaml', claimTypes) },
    cases: cases.map(([file, text]) => ({ file, data: parseCaseFile(file, text) })),
  };
}

it('turns a claim type file and a case into rows with stable ids, TOPICAL links not stored', () => {
  const rows = buildClaimsAndCases(input(), CLAUSES);
  expect(rows.claimTypes.map((t) => t.id)).toEqual(['FUNERAL_EXPENSES', 'MORAL_DAMAGE']);
  expect(rows.claimTypeClauses.map((l) => [l.id, l.role, l.position])).toEqual([
    ['FUNERAL_EXPENSES/sc-1999-9/para_12/AMOUNT', 'AMOUNT', 0],
    ['FUNERAL_EXPENSES/sc-1999-9/para_1/BASIS', 'BASIS', 1],
    ['MORAL_DAMAGE/sc-1999-9/para_19/BASIS', 'BASIS', 0],
  ]);
  expect(rows.cases).toEqual([
    expect.objectContaining({
      id: 'some-case',
      origin: 'CORPUS',
      decidedOn: '2022-08-05',
      courtKk: 'Сот',
      courtRu: 'Суд',
      sourceFile: 'corpus/cases/some-case.yaml',
    }),
  ]);
  expect(rows.caseClaimTypes.map((r) => r.id)).toEqual(['some-case/FUNERAL_EXPENSES', 'some-case/MORAL_DAMAGE']);
  expect(rows.caseCitations).toEqual([
    {
      id: 'some-case/sc-1999-9/para_12',
      caseId: 'some-case',
      clauseId: 'sc-1999-9/para_12',
      quote: 'жерлеу шығыстары',
      startOffset: null,
      endOffset: null,
      position: 0,
    },
  ]);
  expect(rows.caseReferences).toEqual([
    expect.objectContaining({ id: 'some-case/ref/1', targetAct: 'civil-code', article: '938', point: null }),
  ]);
  expect(buildClaimsAndCases(input(), CLAUSES)).toEqual(rows);
});

it('lets one clause govern one claim type in two roles, one link each', () => {
  const twoRoles = CLAIM_TYPES.replace('clause: sc-1999-9/para_1, role: BASIS', 'clause: sc-1999-9/para_12, role: BARS_DEFENCE');
  const links = buildClaimsAndCases(input(twoRoles), CLAUSES).claimTypeClauses.filter((l) => l.claimTypeCode === 'FUNERAL_EXPENSES');
  expect(links.map((l) => [l.id, l.clauseId, l.role])).toEqual([
    ['FUNERAL_EXPENSES/sc-1999-9/para_12/AMOUNT', 'sc-1999-9/para_12', 'AMOUNT'],
    ['FUNERAL_EXPENSES/sc-1999-9/para_12/BARS_DEFENCE', 'sc-1999-9/para_12', 'BARS_DEFENCE'],
  ]);
});

it.each<[string, () => unknown, RegExp]>([
  [
    'an unknown clause in a claim type',
    () => buildClaimsAndCases(input(CLAIM_TYPES.replace('para_19', 'para_99')), CLAUSES),
    /^claim-types\.yaml: claimTypes\.1\.clauses\.0: .*sc-1999-9\/para_99/,
  ],
  [
    'a clause named twice for one type in the same role',
    () =>
      buildClaimsAndCases(
        input(CLAIM_TYPES.replace('clause: sc-1999-9/para_1, role: BASIS', 'clause: sc-1999-9/para_12, role: AMOUNT')),
        CLAUSES,
      ),
    /claimTypes\.0\.clauses\.1: .*para_12" as AMOUNT twice/,
  ],
  ['a role that is not one of the roles', () => input(CLAIM_TYPES.replace('role: BASIS', 'role: EXCEPTION')), /role/],
  [
    'a type defined twice',
    () => buildClaimsAndCases(input(CLAIM_TYPES.replace('code: MORAL_DAMAGE', 'code: FUNERAL_EXPENSES')), CLAUSES),
    /claimTypes\.1: FUNERAL_EXPENSES is defined twice/,
  ],
  ['an unknown code', () => input(CLAIM_TYPES.replace('code: MORAL_DAMAGE', 'code: MORAL')), /^claim-types\.yaml: claimTypes\.1\.code/],
  ['a missing role', () => input(CLAIM_TYPES.replace('role: AMOUNT', 'role: MONEY')), /claimTypes\.0\.clauses\.0\.role/],
  [
    'a case with an impossible date',
    () => input(CLAIM_TYPES, [['cases/x.yaml', CASE.replace('2022-08-05', '2022-02-30')]]),
    /^cases\/x\.yaml: decidedOn: not a calendar date/,
  ],
  [
    'a case with a code not defined in the file',
    () => buildClaimsAndCases(input(CLAIM_TYPES.replace(/  - code: MORAL_DAMAGE[\s\S]*$/, '')), CLAUSES),
    /cases\/some-case\.yaml: claimTypes\.1: MORAL_DAMAGE is not defined/,
  ],
  [
    'a case naming a claim type twice',
    () => buildClaimsAndCases(input(CLAIM_TYPES, [['cases/x.yaml', CASE.replace('MORAL_DAMAGE]', 'FUNERAL_EXPENSES]')]]), CLAUSES),
    /claimTypes\.1: FUNERAL_EXPENSES is listed twice/,
  ],
  [
    'a case citing an unknown clause',
    () =>
      buildClaimsAndCases(
        input(CLAIM_TYPES, [['cases/x.yaml', CASE.replace('clause: sc-1999-9/para_12', 'clause: sc-1999-9/para_13')]]),
        CLAUSES,
      ),
    /cases\/x\.yaml: citations\.0/,
  ],
  [
    'a case with a non-http source',
    () => input(CLAIM_TYPES, [['cases/x.yaml', CASE.replace('https://example.kz/x', 'file:///etc/passwd')]]),
    /cases\/x\.yaml: sourceUrl/,
  ],
  [
    'a case with an empty summary',
    () => input(CLAIM_TYPES, [['cases/x.yaml', CASE.replace('kk: "Қысқаша."', 'kk: " "')]]),
    /cases\/x\.yaml: summary\.kk/,
  ],
  [
    'a case id reserved for the API',
    () => input(CLAIM_TYPES, [['cases/x.yaml', CASE.replace('id: some-case', 'id: case-abc')]]),
    /cases\/x\.yaml: id: .*reserved/,
  ],
  [
    'two cases with one id',
    () =>
      buildClaimsAndCases(
        input(CLAIM_TYPES, [
          ['cases/a.yaml', CASE],
          ['cases/b.yaml', CASE],
        ]),
        CLAUSES,
      ),
    /^cases\/b\.yaml: id "some-case" is already used by cases\/a\.yaml/,
  ],
])('refuses %s with a CorpusError naming the file', (_name, build, message) => {
  expect(build).toThrow(expect.objectContaining({ name: 'CorpusError', message: expect.stringMatching(message) }));
});

it('reads every case file of the corpus', () => {
  const files = readdirSync(join(CORPUS, 'cases')).filter((f) => f.endsWith('.yaml'));
  expect(files).toHaveLength(15);
  for (const f of files) {
    const c = parseCaseFile(`cases/${f}`, readFileSync(join(CORPUS, 'cases', f), 'utf8'));
    expect(`${c.id}.yaml`).toBe(f);
  }
  expect(parseClaimTypesFile('claim-types.yaml', readFileSync(join(CORPUS, 'claim-types.yaml'), 'utf8')).claimTypes).toHaveLength(13);
});
