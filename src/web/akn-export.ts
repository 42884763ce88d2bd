/**
 * /acts/:actId/akn.xml — the act as an Akoma Ntoso 3.0 document: FRBR work/expression/manifestation, one
 * lifecycle event and one passive modification per amendment, the official Kazakh wording as it stood on a
 * date (today unless ?asOf=), points as <paragraph>, sub-points as <subparagraph>, the attached Rules as an
 * attachment <doc name="rules">. eIds are those of the API. `buildAkn` is pure; `loadAknSnapshot` reads the
 * services.
 */
import type { AmendmentKind, Lang, ProvisionStatus } from '../domain/types';
import type { ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity } from '../entities';
import type { Services } from '../services';
import { actShortName } from './labels';
import { x, xmlDocument, type XmlChild, type XmlElement } from './xml';

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AknClause {
  eId: string;
  kind: ClauseEntity['kind'];
  number: string | null;
  parentEId: string | null;
  status: ProvisionStatus;
  /** The official wording on the expression date, null when not held. */
  paragraphs: string[] | null;
}

export interface AknAmendment {
  id: string;
  kind: AmendmentKind;
  target: string;
  effectiveFrom: string;
  effectiveFromExact: boolean;
  amendingAct: { id: string; kind: string; number: string; adoptedOn: string; name: string };
}

export interface AknSnapshot {
  act: { id: string; kind: string; number: string; adoptedOn: string; uri: string; issuer: string; signatures: string[] };
  lang: Lang;
  /** The date the text is read at, and the date of the last change on or before it (the expression's date). */
  asOf: string;
  expressionDate: string;
  generatedOn: string;
  title: string | null;
  requisites: string | null;
  clauses: AknClause[];
  amendments: AknAmendment[];
}

const LANG_CODE: Record<Lang, string> = { kk: 'kaz', ru: 'rus' };
const MOD_TYPE: Record<AmendmentKind, string> = { RESTATED: 'substitution', MODIFIED: 'substitution', INSERTED: 'insertion', REPEALED: 'repeal' };

/** An amendment ID ("sc-1999-9/para_12/sc-2024-2/restated") as the tail of an eId ("para_12__sc-2024-2__restated"). */
export function amendmentKey(id: string): string {
  return id.split('/').slice(1).join('__').replace(/[^A-Za-z0-9_.-]/g, '-');
}

/** The Akoma Ntoso work URI of an act known only by kind, date and number (the amending acts). */
export function workUri(kind: string, adoptedOn: string, number: string): string {
  const doc = kind === 'SUPREME_COURT_NORMATIVE_RESOLUTION' ? 'normative-resolution' : 'decree';
  return `/akn/kz/act/${doc}/${adoptedOn}/${number}`;
}

const authorId = (kind: string) => (kind === 'SUPREME_COURT_NORMATIVE_RESOLUTION' ? 'supreme-court' : 'government');
const refId = (amendingActId: string) => `ref_${amendingActId}`;

/** "12. Text" → num "12." and the text without it; the wording itself is not touched otherwise. */
export function splitNum(number: string | null, first: string): { num: string | null; text: string } {
  if (number === null) return { num: null, text: first };
  const escaped = number.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const m = new RegExp(`^(${escaped}[.)])\\s*`).exec(first);
  return m ? { num: m[1], text: first.slice(m[0].length) } : { num: null, text: first };
}

function ps(paragraphs: string[]): XmlElement[] {
  return paragraphs.map((p) => x('p', {}, p));
}

function unknownContent(): XmlElement {
  return x('content', {}, x('p', {}, x('omissis', {}, '…')));
}

/** A point or sub-point with its parts: intro before the first part, wrapUp after, parts nested. */
function hierElement(c: AknClause, byParent: Map<string, AknClause[]>, elementName: string): XmlElement {
  const parts = byParent.get(c.eId) ?? [];
  const status = c.status === 'REPEALED' ? 'repealed' : undefined;
  if (c.paragraphs === null) {
    const num = c.number === null ? null : `${c.number}${c.kind === 'SUBPOINT' ? ')' : '.'}`;
    if (parts.length === 0) return x(elementName, { eId: c.eId, status }, num ? x('num', {}, num) : null, unknownContent());
    return x(elementName, { eId: c.eId, status }, num ? x('num', {}, num) : null, parts.map((p) => hierElement(p, byParent, 'subparagraph')));
  }
  const { num, text } = splitNum(c.number, c.paragraphs[0] ?? '');
  const own = [text, ...c.paragraphs.slice(1)].filter((p, i) => i > 0 || p !== '' || c.paragraphs!.length === 1);
  const fallbackNum = c.number === null ? null : `${c.number}${c.kind === 'SUBPOINT' ? ')' : '.'}`;
  const numEl = num ?? fallbackNum ? x('num', {}, num ?? fallbackNum ?? '') : null;
  if (parts.length === 0) return x(elementName, { eId: c.eId, status }, numEl, x('content', {}, ps(own)));
  // the wording of a point repeats its sub-points: what comes before the first is the intro, after the last the wrap-up
  const partLines = new Set(parts.flatMap((p) => p.paragraphs ?? []));
  const firstPart = own.findIndex((p) => partLines.has(p));
  const intro = firstPart < 0 ? own : own.slice(0, firstPart);
  const rest = firstPart < 0 ? [] : own.slice(firstPart).filter((p) => !partLines.has(p));
  return x(
    elementName,
    { eId: c.eId, status },
    numEl,
    intro.length ? x('intro', {}, ps(intro)) : null,
    parts.map((p) => hierElement(p, byParent, 'subparagraph')),
    rest.length ? x('wrapUp', {}, ps(rest)) : null,
  );
}

function frbr(s: AknSnapshot, component: string): XmlElement[] {
  const work = s.act.uri;
  const expr = `${work}/${LANG_CODE[s.lang]}@${s.expressionDate}`;
  const author = `#${authorId(s.act.kind)}`;
  return [
    x('FRBRWork', {}, x('FRBRthis', { value: `${work}/${component}` }), x('FRBRuri', { value: work }), x('FRBRalias', { value: s.act.id, name: 'zangraph' }), x('FRBRdate', { date: s.act.adoptedOn, name: 'adoption' }), x('FRBRauthor', { href: author }), x('FRBRcountry', { value: 'kz' }), x('FRBRnumber', { value: s.act.number })),
    x('FRBRExpression', {}, x('FRBRthis', { value: `${expr}/${component}` }), x('FRBRuri', { value: expr }), x('FRBRdate', { date: s.expressionDate, name: s.expressionDate === s.act.adoptedOn ? 'adoption' : 'amendment' }), x('FRBRauthor', { href: author }), x('FRBRlanguage', { language: LANG_CODE[s.lang] })),
    x('FRBRManifestation', {}, x('FRBRthis', { value: `${expr}/${component}.xml` }), x('FRBRuri', { value: `${expr}.akn` }), x('FRBRdate', { date: s.generatedOn, name: 'transform' }), x('FRBRauthor', { href: '#zangraph' })),
  ];
}

/** Where an amendment lands in this document: a clause eId, or the preface parts that hold title and requisites. */
function destination(target: string): string {
  return `#${target === 'title' ? 'longTitle' : target}`;
}

function meta(s: AknSnapshot): XmlElement {
  const amendingActs = new Map(s.amendments.map((a) => [a.amendingAct.id, a.amendingAct]));
  const events = [...s.amendments].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
  return x(
    'meta',
    {},
    x('identification', { source: '#zangraph' }, frbr(s, '!main')),
    x(
      'lifecycle',
      { source: '#zangraph' },
      x('eventRef', { eId: 'evt_adoption', date: s.act.adoptedOn, source: '#original', type: 'generation' }),
      events.map((a) => x('eventRef', { eId: `evt_${amendmentKey(a.id)}`, date: a.effectiveFrom, source: `#${refId(a.amendingAct.id)}`, type: a.kind === 'REPEALED' ? 'repeal' : 'amendment', refersTo: a.effectiveFromExact ? undefined : '#inexactDate' })),
    ),
    events.length
      ? x(
          'analysis',
          { source: '#zangraph' },
          x(
            'passiveModifications',
            {},
            events.map((a) => x('textualMod', { type: MOD_TYPE[a.kind], eId: `pmod_${amendmentKey(a.id)}` }, x('source', { href: `#${refId(a.amendingAct.id)}` }), x('destination', { href: destination(a.target) }))),
          ),
        )
      : null,
    x(
      'references',
      { source: '#zangraph' },
      x('original', { eId: 'original', href: `${s.act.uri}/${LANG_CODE[s.lang]}@${s.act.adoptedOn}`, showAs: s.requisites ?? s.act.id }),
      [...amendingActs.values()].map((a) => x('passiveRef', { eId: refId(a.id), href: workUri(a.kind, a.adoptedOn, a.number), showAs: a.name })),
      x('TLCOrganization', { eId: authorId(s.act.kind), href: `/ontology/organization/kz/${authorId(s.act.kind)}`, showAs: s.act.issuer }),
      x('TLCOrganization', { eId: 'zangraph', href: '/ontology/organization/zangraph', showAs: 'Zangraph' }),
      x('TLCConcept', { eId: 'inexactDate', href: '/ontology/concept/zangraph/inexactDate', showAs: 'effective date is the adoption date: the publication date is not recorded' }),
    ),
  );
}

export function buildAkn(s: AknSnapshot): string {
  const byParent = new Map<string, AknClause[]>();
  for (const c of s.clauses) if (c.parentEId) byParent.set(c.parentEId, [...(byParent.get(c.parentEId) ?? []), c]);
  const top = s.clauses.filter((c) => c.parentEId === null);
  const preamble = top.find((c) => c.kind === 'PREAMBLE');
  const points = top.filter((c) => c.kind === 'POINT');
  const attachments = top.filter((c) => c.kind === 'ATTACHMENT');

  const attachmentDoc = (a: AknClause): XmlElement => {
    const parts = byParent.get(a.eId) ?? [];
    const partLines = new Set(parts.flatMap((p) => p.paragraphs ?? []));
    const heading = (a.paragraphs ?? []).filter((p) => !partLines.has(p));
    return x(
      'attachment',
      { eId: a.eId, status: a.status === 'REPEALED' ? 'repealed' : undefined },
      x(
        'doc',
        { name: 'rules' },
        x('meta', {}, x('identification', { source: '#zangraph' }, frbr(s, `!${a.eId}`))),
        heading.length ? x('preface', {}, x('longTitle', {}, ps(heading))) : null,
        x('mainBody', {}, parts.length ? parts.map((p) => hierElement(p, byParent, 'paragraph')) : a.paragraphs === null ? x('p', {}, x('omissis', {}, '…')) : ps(a.paragraphs)),
      ),
    );
  };

  const children: XmlChild[] = [
    meta(s),
    x('preface', {}, x('longTitle', { eId: 'longTitle' }, x('p', {}, s.title === null ? x('omissis', {}, '…') : x('docTitle', {}, s.title))), s.requisites === null ? null : x('p', { eId: 'requisites' }, s.requisites)),
    preamble ? x('preamble', { eId: preamble.eId }, preamble.paragraphs === null ? x('p', {}, x('omissis', {}, '…')) : ps(preamble.paragraphs)) : null,
    x('body', {}, points.length ? points.map((p) => hierElement(p, byParent, 'paragraph')) : x('paragraph', { eId: 'para_0' }, x('content', {}, x('p', {})))),
    s.act.signatures.length ? x('conclusions', {}, x('p', {}, s.act.signatures.join(' '))) : null,
    attachments.length ? x('attachments', {}, attachments.map(attachmentDoc)) : null,
  ];
  const name = s.act.kind === 'SUPREME_COURT_NORMATIVE_RESOLUTION' ? 'normativeResolution' : 'decree';
  return xmlDocument(x('akomaNtoso', { xmlns: AKN_NS }, x('act', { name, contains: s.amendments.some((a) => a.effectiveFrom <= s.asOf) ? 'singleVersion' : 'originalVersion' }, children)));
}

/** The act on a date, read through the services: official Kazakh wording, every amendment (also later ones). */
export async function loadAknSnapshot(services: Services, actId: string, asOfGiven: string | null): Promise<AknSnapshot | null> {
  const act: ActEntity | null = await services.acts.act(actId);
  if (!act) return null;
  const lang: Lang = 'kk';
  const asOf = services.pit.asOf(asOfGiven);
  const [clauses, amendments, amendingActs, title, requisites] = await Promise.all([
    services.acts.clausesOf(act.id),
    services.amendments.ofAct(act.id),
    services.loaders.allAmendingActs.load('all'),
    services.pit.textAt(act.id, 'title', lang, asOf),
    services.pit.textAt(act.id, 'requisites', lang, asOf),
  ]);
  const eIdOf = new Map(clauses.map((c) => [c.id, c.eId]));
  const statuses = await Promise.all(clauses.map((c) => services.pit.clauseStatus(c, asOf)));
  const texts = await Promise.all(clauses.map((c) => services.pit.textAt(act.id, c.eId, lang, asOf, c)));
  const byId = new Map<string, AmendingActEntity>(amendingActs.map((a) => [a.id, a]));
  const changeDates = amendments.map((a: AmendmentEntity) => a.effectiveFrom).filter((d) => d <= asOf).sort();
  return {
    act: { id: act.id, kind: act.kind, number: act.number, adoptedOn: act.adoptedOn, uri: act.uri, issuer: act.issuerKk, signatures: act.signatures },
    lang,
    asOf,
    expressionDate: changeDates.length && changeDates[changeDates.length - 1] > act.adoptedOn ? changeDates[changeDates.length - 1] : act.adoptedOn,
    generatedOn: services.pit.today,
    title: title.text,
    requisites: requisites.text,
    clauses: clauses
      .map((c, i) => ({ c, i }))
      .filter(({ i }) => statuses[i] !== 'NOT_YET_IN_FORCE')
      .map(({ c, i }) => ({ eId: c.eId, kind: c.kind, number: c.number, parentEId: c.parentId ? (eIdOf.get(c.parentId) ?? null) : null, status: statuses[i], paragraphs: texts[i].text === null ? null : texts[i].text!.split('\n') })),
    amendments: amendments.map((a) => {
      const by = byId.get(a.amendingActId);
      const ref = by ?? { id: a.amendingActId, kind: act.kind, number: a.amendingActId.split('-').pop() ?? '', adoptedOn: a.effectiveFrom };
      return { id: a.id, kind: a.kind, target: a.target, effectiveFrom: a.effectiveFrom, effectiveFromExact: a.effectiveFromExact, amendingAct: { id: ref.id, kind: ref.kind, number: ref.number, adoptedOn: ref.adoptedOn, name: actShortName(ref, lang) } };
    }),
  };
}
