/**
 * Citation strings for a clause in the forms of Kazakh and Russian legal writing.
 *
 * FULL names the act as its requisites do ("Қазақстан Республикасы Жоғарғы Сотының 1999 жылғы 9 шілдедегі
 * № 9 нормативтік қаулысының 12-тармағы"; "пункт 12 нормативного постановления Верховного Суда Республики
 * Казахстан от 9 июля 1999 года № 9"). SHORT uses the abbreviations practitioners write ("ҚР ЖС 09.07.1999
 * № 9 НҚ 12-т."; "п. 12 НП ВС РК от 09.07.1999 № 9"; "п. 5 Правил, утв. ПП РК от 18.09.2012 № 1213").
 * An attachment is cited as the Rules approved by the act ("Правила, утвержденные постановлением …",
 * "… қаулысымен бекітілген Қағидалар"), which is what every attachment of the catalog is. Every string made
 * here is read back to the same clause by extractCitations (see test/unit/citation-format.test.ts).
 */
import { actName } from '../domain/act-kinds';
import { parseEId } from './catalog';
import type { CitableAct, CitableClause, CitationLang, CitationStyleName } from './types';

/** How each language and style names the act, in the grammatical forms the clause phrases need. */
interface ActNames {
  /** "of the act" — Kazakh genitive before the clause, Russian genitive after it. */
  genitive: string;
  /** The Rules it approved: Kazakh "…қаулысымен бекітілген", Russian ", утвержденных постановлением …". */
  approving: string;
}

/** The act's names come from its kind (src/domain/act-kinds.ts); only the word for "approved by" is the language's. */
function actNames(act: CitableAct, lang: CitationLang, style: CitationStyleName): ActNames {
  if (act.kind === null) throw new RangeError(`${act.id} has no kind to be named by`);
  const named = { kind: act.kind, number: act.number, adoptedOn: act.adoptedOn };
  const full = style === 'FULL';
  const genitive = actName(named, lang, full ? 'full.genitive' : 'short.genitive');
  const instrumental = actName(named, lang, full ? 'full.instrumental' : 'short.instrumental');
  if (lang === 'kk') return { genitive, approving: `${instrumental} бекітілген` };
  return { genitive, approving: full ? `утвержденных ${instrumental}` : `утв. ${instrumental}` };
}

function parentPoint(clause: CitableClause): string {
  const point = parseEId(clause.eId).point;
  if (point === undefined) throw new RangeError(`Sub-point without a point in its eId: ${clause.id}`);
  return point;
}

/**
 * A unit of a code: "…кодексінің 938-бабының 2-тармағы" / "пункт 2 статьи 938 …" (FULL), "АК-нің 938-б. 2-т." /
 * "п. 2 ст. 938 ГК РК" (SHORT).
 */
function formatCodeUnit(clause: CitableClause, names: ActNames, lang: CitationLang, style: CitationStyleName): string {
  const { chapter, article, point, subpoint } = parseEId(clause.eId);
  const full = style === 'FULL';
  if (lang === 'kk') {
    if (article === undefined) return `${names.genitive} ${chapter}-тарауы`;
    if (point === undefined && subpoint === undefined) return `${names.genitive} ${article}-${full ? 'бабы' : 'б.'}`;
    if (point === undefined) return `${names.genitive} ${article}-${full ? 'бабының' : 'б.'} ${subpoint}) тармақшасы`;
    if (subpoint === undefined) return `${names.genitive} ${article}-${full ? 'бабының' : 'б.'} ${point}-${full ? 'тармағы' : 'т.'}`;
    return `${names.genitive} ${article}-${full ? 'бабы' : 'б.'} ${point}-${full ? 'тармағының' : 'т.'} ${subpoint}) тармақшасы`;
  }
  if (article === undefined) return `${full ? 'глава' : 'гл.'} ${chapter} ${names.genitive}`;
  const ofArticle = `${full ? 'статьи' : 'ст.'} ${article} ${names.genitive}`;
  if (point === undefined && subpoint === undefined) return `${full ? 'статья' : 'ст.'} ${article} ${names.genitive}`;
  if (point === undefined) return `${full ? 'подпункт' : 'пп.'} ${subpoint}) ${ofArticle}`;
  if (subpoint === undefined) return `${full ? 'пункт' : 'п.'} ${point} ${ofArticle}`;
  return `${full ? 'подпункт' : 'пп.'} ${subpoint}) ${full ? 'пункта' : 'п.'} ${point} ${ofArticle}`;
}

function formatKazakh(clause: CitableClause, names: ActNames, style: CitationStyleName, inRules: boolean): string {
  const owner = inRules ? `${names.approving} Қағидалардың` : names.genitive;
  const point = (n: string) => (style === 'FULL' ? `${n}-тармағы` : `${n}-т.`);
  switch (clause.kind) {
    case 'PREAMBLE':
      return `${names.genitive} кіріспесі`;
    case 'ATTACHMENT':
      return `${names.approving} Қағидалар`;
    case 'POINT':
      return `${owner} ${point(clause.number ?? '')}`;
    case 'SUBPOINT': {
      const of = style === 'FULL' ? `${parentPoint(clause)}-тармағының` : `${parentPoint(clause)}-т.`;
      return `${owner} ${of} ${clause.number}) тармақшасы`;
    }
    default:
      throw new RangeError(`${clause.id}: a ${clause.kind} is cited as a unit of a code`);
  }
}

function formatRussian(clause: CitableClause, names: ActNames, style: CitationStyleName, inRules: boolean): string {
  const owner = inRules ? `Правил, ${names.approving}` : names.genitive;
  switch (clause.kind) {
    case 'PREAMBLE':
      return `преамбула ${names.genitive}`;
    case 'ATTACHMENT':
      return style === 'FULL' ? `Правила, ${names.approving.replace(/^утвержденных/, 'утвержденные')}` : `Правила, ${names.approving}`;
    case 'POINT':
      return `${style === 'FULL' ? 'пункт' : 'п.'} ${clause.number} ${owner}`;
    case 'SUBPOINT':
      return style === 'FULL'
        ? `подпункт ${clause.number}) пункта ${parentPoint(clause)} ${owner}`
        : `пп. ${clause.number}) п. ${parentPoint(clause)} ${owner}`;
    default:
      throw new RangeError(`${clause.id}: a ${clause.kind} is cited as a unit of a code`);
  }
}

export function formatCitation(clause: CitableClause, act: CitableAct, lang: CitationLang, style: CitationStyleName): string {
  if (clause.actId !== act.id) throw new RangeError(`Clause ${clause.id} is not a clause of ${act.id}`);
  const names = actNames(act, lang, style);
  const parts = parseEId(clause.eId);
  if (parts.article !== undefined || parts.chapter !== undefined) return formatCodeUnit(clause, names, lang, style);
  const inRules = parts.attachment !== undefined;
  return lang === 'kk' ? formatKazakh(clause, names, style, inRules) : formatRussian(clause, names, style, inRules);
}
