/** Pure parts of case editing: input validation, readable ids, the editor token check. */
import { newCaseId, slug } from '../../src/services/case-id';
import { validateCaseInput, type CaseInputData } from '../../src/services/case-input';
import { isEditorToken } from '../../src/http/editor-tokens';

const KNOWN = new Set(['FUNERAL_EXPENSES', 'MORAL_DAMAGE']);
const TODAY = '2025-06-01';
const VALID: CaseInputData = {
  court: ' Теміртау қалалық соты ',
  claimTypes: ['FUNERAL_EXPENSES', 'FUNERAL_EXPENSES'],
  outcome: 'Талап қанағаттандырылды.',
  summary: 'Жерлеу шығыстары туралы талап.',
  sourceUrl: 'https://example.kz/a',
};

describe('validateCaseInput', () => {
  it.each([0, 1, 12_345.67, 1e12])('accepts the amount %p', (amount) => {
    const r = validateCaseInput({ ...VALID, amountAwardedKzt: amount }, KNOWN, TODAY);
    expect(r.ok && r.value.amountAwardedKzt).toBe(amount);
  });

  it('normalises a valid case: trimmed texts, claim types once each, missing optionals null, text kept apart', () => {
    const r = validateCaseInput({ ...VALID, decidedOn: '2025-06-01', text: '' }, KNOWN, TODAY);
    expect(r).toEqual({
      ok: true,
      value: {
        id: null,
        courtKk: 'Теміртау қалалық соты',
        courtRu: null,
        caseNumber: null,
        decidedOn: '2025-06-01',
        claimTypes: ['FUNERAL_EXPENSES'],
        outcomeKk: 'Талап қанағаттандырылды.',
        outcomeRu: null,
        amountAwardedKzt: null,
        summaryKk: 'Жерлеу шығыстары туралы талап.',
        summaryRu: null,
        sourceUrl: 'https://example.kz/a',
        text: '',
      },
    });
  });

  it.each<[string, Partial<CaseInputData>, string]>([
    ['an impossible date', { decidedOn: '2023-02-29' }, 'decidedOn'],
    ['a date that is no date', { decidedOn: '05.08.2022' }, 'decidedOn'],
    ['a future date', { decidedOn: '2025-06-02' }, 'decidedOn'],
    ['no claim types', { claimTypes: [] }, 'claimTypes'],
    ['an unknown claim type', { claimTypes: ['FUNERAL_EXPENSES', 'FUNERAL'] }, 'claimTypes'],
    ['an ftp URL', { sourceUrl: 'ftp://example.kz/a' }, 'sourceUrl'],
    ['a javascript URL', { sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
    ['a host without a domain', { sourceUrl: 'http://localhost/a' }, 'sourceUrl'],
    ['an empty summary', { summary: ' \n ' }, 'summary'],
    ['an empty outcome', { outcome: '' }, 'outcome'],
    ['an empty court', { court: '  ' }, 'court'],
    ['an empty Russian court', { courtRu: ' ' }, 'courtRu'],
    ['an empty case number', { caseNumber: '' }, 'caseNumber'],
    ['a negative amount', { amountAwardedKzt: -1 }, 'amountAwardedKzt'],
    ['an infinite amount', { amountAwardedKzt: Infinity }, 'amountAwardedKzt'],
    ['an amount of 1e308', { amountAwardedKzt: 1e308 }, 'amountAwardedKzt'],
    ['an amount over a thousand billion', { amountAwardedKzt: 1e12 + 1 }, 'amountAwardedKzt'],
    ['a fraction of a tiyn', { amountAwardedKzt: 1000.005 }, 'amountAwardedKzt'],
    ['an amount that is no number', { amountAwardedKzt: NaN }, 'amountAwardedKzt'],
    ['a text too long', { text: 'x'.repeat(200_001) }, 'text'],
  ])('refuses %s, naming the field', (_name, change, field) => {
    const r = validateCaseInput({ ...VALID, ...change }, KNOWN, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(r.message).toContain(field);
    }
  });
});

describe('case ids', () => {
  it.each([
    ['Қарағанды облыстық соты', 'qaragandy-oblystyq-soty'],
    ['Шахтинский городской суд Карагандинской области', 'shakhtinskii-gorodskoi-sud-karagandinskoi'],
    ['Суд № 2 (г. Тараз)', 'sud-2-g-taraz'],
    ['«»', ''],
  ])('slugs %j as %j', (court, expected) => {
    expect(slug(court)).toBe(expected);
  });

  it('reads as the court and date with a random tail, and always starts with "case-"', () => {
    expect(newCaseId('Теміртау қалалық соты', '2022-08-05', 'abc123')).toBe('case-temirtau-qalalyq-soty-2022-08-05-abc123');
    expect(newCaseId('«»', null, 'abc123')).toBe('case-undated-abc123');
    expect(newCaseId('Сот', null)).toMatch(/^case-sot-undated-[0-9a-f]{6}$/);
    expect(newCaseId('Сот', null)).not.toBe(newCaseId('Сот', null));
  });
});

describe('isEditorToken', () => {
  it.each<[string | null, string[], boolean]>([
    ['secret', ['secret'], true],
    ['secret', ['other', 'secret'], true],
    ['secret ', ['secret'], false],
    ['Secret', ['secret'], false],
    ['sec', ['secret'], false],
    ['secret-and-more', ['secret'], false],
    ['', [''], false],
    [null, ['secret'], false],
    ['secret', [], false],
  ])('%j against %j → %s', (token, allowed, expected) => {
    expect(isEditorToken(token, allowed)).toBe(expected);
  });
});
