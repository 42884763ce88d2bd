/**
 * The act as an Akoma Ntoso 3.0 document, valid against the OASIS schema: one expression per language and per
 * point in time. The Kazakh expression is the official text; the Russian one is the project's unofficial
 * translation and says so (FRBRauthoritative false, FRBRtranslation, proprietary metadata). Repealed points stay
 * in the markup with status="removed"; points not yet inserted are left out. The lifecycle has one event per
 * amending act (and date) that made this expression, and every passive modification names the period (a
 * temporal group of those events) in which the text it produced applies.
 * `buildAkn` is pure; `loadAknSnapshot` reads the services.
 */
import { actKind } from '../domain/act-kinds';
import type { AmendmentKind, Lang, ProvisionStatus } from '../domain/types';
import type { AmendingActEntity, ClauseEntity } from '../entities';
import type { Services } from '../services';
import { AKN_LANGUAGE, componentUri, expressionUri, manifestationUri } from './akn-uri';
import { actShortName } from './labels';
import { x, xmlDocument, type XmlChild, type XmlElement } from './xml';

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** Our own metadata inside <proprietary> (the schema lets any other namespace in there). */
export const ZANGRAPH_NS = 'urn:zangraph:akn:1';

export interface AknText {
  /** Paragraphs of the wording on the expression's date; null when the corpus does not hold it. */
  paragraphs: string[] | null;
  official: boolean;
  complete: boolean;
}

export interface AknClause extends AknText {
  eId: string;
  /** The heading of a chapter or article of a code in the expression's language; null for other units. */
  heading?: string | null;
  kind: ClauseEntity['kind'];
  number: string | null;
  parentEId: string | null;
  status: ProvisionStatus;
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
  /** `entryEarliest`: the first day the act itself can apply (its own entry into force): its original version's date. */
  act: {
    id: string;
    kind: string;
    number: string;
    adoptedOn: string;
    entryEarliest: string;
    uri: string;
    issuer: string;
    signatures: string[];
    /** The language of its official text (the Civil Code's is Russian): every other expression is a translation. */
    lang?: Lang;
    /**
     * When only a current wording of an unknown date is held: the first day it is evidenced. The one expression held
     * is dated by it, and there is none before it (earlier wordings are unknown, not assumed).
     */
    wordingsKnownFrom?: string | null;
  };
  lang: Lang;
  /** The date the text is read at (the end of that day). */
  asOf: string;
  generatedOn: string;
  title: AknText;
  requisites: AknText;
  clauses: AknClause[];
  /** Every amendment of the act; the document keeps those in effect on asOf. */
  amendments: AknAmendment[];
}

/** The first day an expression of the act is held: its own entry into force, or the day its only wording is evidenced from. */
export function firstExpressionDay(act: { entryEarliest: string; wordingsKnownFrom?: string | null }): string {
  return act.wordingsKnownFrom != null && act.wordingsKnownFrom > act.entryEarliest ? act.wordingsKnownFrom : act.entryEarliest;
}

/** The language of the act's official text (Kazakh unless it says otherwise). */
const officialLang = (s: AknSnapshot): Lang => s.act.lang ?? 'kk';

const MOD_TYPE: Record<AmendmentKind, string> = {
  RESTATED: 'substitution',
  MODIFIED: 'substitution',
  INSERTED: 'insertion',
  REPEALED: 'repeal',
};

/**
 * The date of the expression: the first day its wording can apply, i.e. the latest change that can have taken
 * effect on asOf, or the first day the act itself can apply (`firstDay`: its own entry into force, not its adoption).
 */
export function versionDate(firstDay: string, amendments: ReadonlyArray<{ effectiveFrom: string }>, asOf: string): string {
  return amendments.reduce((latest, a) => (a.effectiveFrom <= asOf && a.effectiveFrom > latest ? a.effectiveFrom : latest), firstDay);
}

/** Every version date of an act, oldest first: the first day the act can apply and each first day a change can have taken effect. */
export function versionDates(firstDay: string, amendments: ReadonlyArray<{ effectiveFrom: string }>): string[] {
  return [...new Set([firstDay, ...amendments.map((a) => a.effectiveFrom).filter((d) => d > firstDay)])].sort();
}

/** The Akoma Ntoso work URI of an act known only by kind, date and number (the amending acts). */
export function workUri(kind: string, adoptedOn: string, number: string): string {
  return `/akn/kz/act/${actKind(kind).akn.subtype}/${adoptedOn}/${number}`;
}

const authorId = (kind: string) => actKind(kind).akn.author;
const refId = (amendingActId: string) => `ref_${amendingActId}`;
const safeId = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '-');

/** "12. Text" → num "12." and the text without it; the wording itself is not touched otherwise. */
export function splitNum(number: string | null, first: string): { num: string | null; text: string } {
  if (number === null) return { num: null, text: first };
  const escaped = number.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const m = new RegExp(`^(${escaped}[.)])\\s*`).exec(first);
  return m ? { num: m[1], text: first.slice(m[0].length) } : { num: null, text: first };
}

interface LifecycleEvent {
  eId: string;
  date: string;
  amendingAct: AknAmendment['amendingAct'];
  exact: boolean;
}

/** One event per amending act and date (an act whose changes took effect on different days gets one per day). */
export function lifecycleEvents(amendments: readonly AknAmendment[]): {
  events: LifecycleEvent[];
  eventOf: (a: AknAmendment) => LifecycleEvent;
} {
  const byKey = new Map<string, LifecycleEvent>();
  const datesOf = new Map<string, Set<string>>();
  for (const a of amendments) datesOf.set(a.amendingAct.id, (datesOf.get(a.amendingAct.id) ?? new Set()).add(a.effectiveFrom));
  const key = (a: AknAmendment) => `${a.amendingAct.id}\u0001${a.effectiveFrom}`;
  for (const a of amendments) {
    const k = key(a);
    const e = byKey.get(k);
    if (e) e.exact &&= a.effectiveFromExact;
    else {
      const several = (datesOf.get(a.amendingAct.id)?.size ?? 1) > 1;
      byKey.set(k, {
        eId: `evt_${safeId(a.amendingAct.id)}${several ? `__${a.effectiveFrom}` : ''}`,
        date: a.effectiveFrom,
        amendingAct: a.amendingAct,
        exact: a.effectiveFromExact,
      });
    }
  }
  const events = [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.eId.localeCompare(b.eId));
  return { events, eventOf: (a) => byKey.get(key(a))! };
}

function ps(paragraphs: string[], attrs: XmlElement['attrs'] = {}): XmlElement[] {
  return paragraphs.map((p) => x('p', attrs, p));
}

const omitted = (): XmlElement => x('p', {}, x('omissis', {}, '…'));
const statusAttr = (s: ProvisionStatus) => (s === 'REPEALED' ? 'removed' : undefined);
const printedNum = (c: AknClause) => (c.number === null ? null : `${c.number}${c.kind === 'SUBPOINT' ? ')' : '.'}`);

/** A point or sub-point with its parts: intro before the first part, wrapUp after, parts nested. */
function hierElement(c: AknClause, byParent: Map<string, AknClause[]>, elementName: string): XmlElement {
  const parts = byParent.get(c.eId) ?? [];
  const attrs = { eId: c.eId, status: statusAttr(c.status) };
  if (c.paragraphs === null) {
    const num = printedNum(c);
    return x(
      elementName,
      attrs,
      num ? x('num', {}, num) : null,
      parts.length ? parts.map((p) => hierElement(p, byParent, 'subparagraph')) : x('content', {}, omitted()),
    );
  }
  const { num, text } = splitNum(c.number, c.paragraphs[0] ?? '');
  const own = [text, ...c.paragraphs.slice(1)].filter((p, i) => i > 0 || p !== '' || c.paragraphs!.length === 1);
  const shownNum = num ?? printedNum(c);
  const numEl = shownNum ? x('num', {}, shownNum) : null;
  if (parts.length === 0) return x(elementName, attrs, numEl, x('content', {}, ps(own)));
  // the wording of a point repeats its sub-points: what comes before the first is the intro, after the last the wrap-up
  const partLines = new Set(parts.flatMap((p) => p.paragraphs ?? []));
  const firstPart = own.findIndex((p) => partLines.has(p));
  const intro = firstPart < 0 ? own : own.slice(0, firstPart);
  const rest = firstPart < 0 ? [] : own.slice(firstPart).filter((p) => !partLines.has(p));
  return x(
    elementName,
    attrs,
    numEl,
    intro.length ? x('intro', {}, ps(intro)) : null,
    parts.map((p) => hierElement(p, byParent, 'subparagraph')),
    rest.length ? x('wrapUp', {}, ps(rest)) : null,
  );
}

interface Expression {
  date: string;
  exact: boolean;
  uri: string;
  /** The official (Kazakh) expression of the same date: what a translation is a translation of. */
  officialUri: string;
}

function identification(s: AknSnapshot, e: Expression, component: string): XmlElement {
  const work = s.act.uri;
  const author = `#${authorId(s.act.kind)}`;
  const translation = s.lang !== officialLang(s);
  return x(
    'identification',
    { source: '#zangraph' },
    x(
      'FRBRWork',
      {},
      x('FRBRthis', { value: `${work}/!${component}` }),
      x('FRBRuri', { value: work }),
      x('FRBRalias', { value: s.act.id, name: 'zangraph' }),
      x('FRBRdate', { date: s.act.adoptedOn, name: 'adoption' }),
      x('FRBRauthor', { href: author }),
      x('FRBRcountry', { value: 'kz' }),
      x('FRBRnumber', { value: s.act.number }),
    ),
    x(
      'FRBRExpression',
      {},
      x('FRBRthis', { value: componentUri(work, s.lang, e.date, component) }),
      x('FRBRuri', { value: e.uri }),
      x('FRBRdate', { date: e.date, name: e.date === s.act.adoptedOn ? 'adoption' : 'applicableFrom' }),
      // the translator is the author of a translation; the issuer of the official text
      x('FRBRauthor', { href: translation ? '#zangraph' : author }),
      x('FRBRauthoritative', { value: translation ? 'false' : 'true' }),
      translation
        ? x('FRBRmasterExpression', {
            href: e.officialUri,
            showAs: officialLang(s) === 'kk' ? 'official Kazakh text' : 'official Russian text',
          })
        : null,
      x('FRBRlanguage', { language: AKN_LANGUAGE[s.lang] }),
      translation
        ? x('FRBRtranslation', {
            href: e.officialUri,
            fromLanguage: AKN_LANGUAGE[officialLang(s)],
            authoritative: 'false',
            by: '#zangraph',
          })
        : null,
    ),
    x(
      'FRBRManifestation',
      {},
      x('FRBRthis', { value: `${componentUri(work, s.lang, e.date, component)}.xml` }),
      x('FRBRuri', { value: `${e.uri}.xml` }),
      x('FRBRdate', { date: s.generatedOn, name: 'transform' }),
      x('FRBRauthor', { href: '#zangraph' }),
    ),
  );
}

/** Where an amendment lands in this document: a clause eId, or the preface parts that hold title and requisites. */
function destination(target: string): string {
  return `#${target === 'title' ? 'longTitle' : target}`;
}

function meta(s: AknSnapshot, e: Expression, inEffect: AknAmendment[]): XmlElement {
  const { events, eventOf } = lifecycleEvents(inEffect);
  // the period of a modification: from its event until the next change of the same unit in this expression
  const periods = new Map<string, { eId: string; start: string; end: string | null }>();
  const periodOf = (a: AknAmendment): string => {
    const start = eventOf(a);
    const next = inEffect
      .filter((b) => b.target === a.target && b.effectiveFrom > a.effectiveFrom)
      .sort((p, q) => p.effectiveFrom.localeCompare(q.effectiveFrom))[0];
    const end = next ? eventOf(next).eId : null;
    const eId = `tg_${start.eId.slice(4)}${end ? `__to__${end.slice(4)}` : ''}`;
    if (!periods.has(eId)) periods.set(eId, { eId, start: start.eId, end });
    return `#${eId}`;
  };
  const mods = [...inEffect]
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id))
    .map((a) =>
      x(
        'textualMod',
        { type: MOD_TYPE[a.kind], eId: `pmod_${safeId(a.id.split('/').slice(1).join('__'))}`, period: periodOf(a) },
        x('source', { href: `#${refId(a.amendingAct.id)}` }),
        x('destination', { href: destination(a.target) }),
      ),
    );
  const amendingActs = [...new Map(events.map((ev) => [ev.amendingAct.id, ev.amendingAct])).values()];
  const translation = s.lang !== officialLang(s);
  return x(
    'meta',
    {},
    identification(s, e, 'main'),
    x(
      'lifecycle',
      { source: '#zangraph' },
      x('eventRef', { eId: 'evt_adoption', date: s.act.adoptedOn, source: '#original', type: 'generation' }),
      events.map((ev) =>
        x('eventRef', {
          eId: ev.eId,
          date: ev.date,
          source: `#${refId(ev.amendingAct.id)}`,
          type: 'amendment',
          refersTo: ev.exact ? undefined : '#inexactDate',
        }),
      ),
    ),
    mods.length ? x('analysis', { source: '#zangraph' }, x('passiveModifications', {}, mods)) : null,
    periods.size
      ? x(
          'temporalData',
          { source: '#zangraph' },
          [...periods.values()].map((p) =>
            x(
              'temporalGroup',
              { eId: p.eId },
              x('timeInterval', { start: `#${p.start}`, end: p.end ? `#${p.end}` : undefined, refersTo: '#inForce' }),
            ),
          ),
        )
      : null,
    x(
      'references',
      { source: '#zangraph' },
      x('original', { eId: 'original', href: expressionUri(s.act.uri, officialLang(s), firstExpressionDay(s.act)), showAs: s.act.id }),
      amendingActs.map((a) => x('passiveRef', { eId: refId(a.id), href: workUri(a.kind, a.adoptedOn, a.number), showAs: a.name })),
      x('TLCOrganization', { eId: authorId(s.act.kind), href: `/ontology/organization/kz/${authorId(s.act.kind)}`, showAs: s.act.issuer }),
      x('TLCOrganization', { eId: 'zangraph', href: '/ontology/organization/zangraph', showAs: 'Zangraph' }),
      x('TLCConcept', { eId: 'inForce', href: '/ontology/concept/akn/inForce', showAs: 'in force' }),
      x('TLCConcept', {
        eId: 'inexactDate',
        href: '/ontology/concept/zangraph/inexactDate',
        showAs: 'the first day the change can have applied: its publication date is not recorded',
      }),
    ),
    proprietary(s, e, translation),
  );
}

/** What the schema has no place for: the expression's standing, and each unit's wording's own. */
function proprietary(s: AknSnapshot, e: Expression, translation: boolean): XmlElement {
  const units: Array<[string, AknText]> = [
    ['longTitle', s.title],
    ['requisites', s.requisites],
    ...s.clauses.map((c): [string, AknText] => [c.eId, c]),
  ];
  return x(
    'proprietary',
    { source: '#zangraph', 'xmlns:zg': ZANGRAPH_NS },
    x('zg:expression', {
      language: AKN_LANGUAGE[s.lang],
      official: translation ? 'false' : 'true',
      kind: translation ? 'unofficialTranslation' : 'officialText',
      translationOf: translation ? e.officialUri : undefined,
      asOf: s.asOf,
      versionDate: e.date,
      versionDateExact: e.exact ? 'true' : 'false',
    }),
    units.map(([eId, t]) =>
      x('zg:wording', {
        eId,
        held: t.paragraphs === null ? 'false' : 'true',
        official: t.paragraphs === null ? undefined : String(t.official),
        complete: t.paragraphs === null ? undefined : String(t.complete),
      }),
    ),
  );
}

/** The document, or null when there is no expression on that date (before the act can have entered into force). */
export function buildAkn(s: AknSnapshot): string | null {
  const firstDay = firstExpressionDay(s.act);
  if (s.asOf < firstDay) return null;
  const byParent = new Map<string, AknClause[]>();
  for (const c of s.clauses) if (c.parentEId) byParent.set(c.parentEId, [...(byParent.get(c.parentEId) ?? []), c]);
  const top = s.clauses.filter((c) => c.parentEId === null);
  const preamble = top.find((c) => c.kind === 'PREAMBLE');
  const points = top.filter((c) => c.kind === 'POINT');
  const attachments = top.filter((c) => c.kind === 'ATTACHMENT');
  const chapters = top.filter((c) => c.kind === 'CHAPTER');
  if (points.length === 0 && chapters.length === 0) return null;

  const inEffect = s.amendments.filter((a) => a.effectiveFrom <= s.asOf);
  const date = versionDate(firstDay, inEffect, s.asOf);
  const e: Expression = {
    date,
    exact: inEffect.filter((a) => a.effectiveFrom === date).every((a) => a.effectiveFromExact),
    uri: expressionUri(s.act.uri, s.lang, date),
    officialUri: expressionUri(s.act.uri, officialLang(s), date),
  };
  const headed = (c: AknClause, label: string, parts: XmlChild[]): XmlElement =>
    x(
      c.kind === 'CHAPTER' ? 'chapter' : 'article',
      { eId: c.eId, status: statusAttr(c.status) },
      x('num', {}, label),
      c.heading ? x('heading', {}, c.heading) : null,
      parts,
    );
  // a code: chapters of articles; an article's numbered points are paragraphs, or its own paragraphs its content
  const articleEl = (a: AknClause): XmlElement => {
    const points = (byParent.get(a.eId) ?? []).filter((c) => c.kind === 'POINT');
    const label = s.lang === 'kk' ? `${a.number}-бап.` : `Статья ${a.number}.`;
    return headed(
      a,
      label,
      points.length
        ? points.map((p) => hierElement(p, byParent, 'paragraph'))
        : [x('content', {}, a.paragraphs === null ? omitted() : ps(a.paragraphs))],
    );
  };
  const chapterEl = (c: AknClause): XmlElement =>
    headed(c, s.lang === 'kk' ? `${c.number}-тарау.` : `Глава ${c.number}.`, (byParent.get(c.eId) ?? []).map(articleEl));

  const attachmentDoc = (a: AknClause): XmlElement => {
    const parts = byParent.get(a.eId) ?? [];
    const partLines = new Set(parts.flatMap((p) => p.paragraphs ?? []));
    const heading = (a.paragraphs ?? []).filter((p) => !partLines.has(p));
    return x(
      'attachment',
      { eId: a.eId, status: statusAttr(a.status) },
      x(
        'doc',
        { name: 'rules' },
        x('meta', {}, identification(s, e, a.eId)),
        heading.length ? x('preface', {}, x('longTitle', {}, ps(heading))) : null,
        x(
          'mainBody',
          {},
          parts.length ? parts.map((p) => hierElement(p, byParent, 'paragraph')) : a.paragraphs === null ? omitted() : ps(a.paragraphs),
        ),
      ),
    );
  };

  const title = s.title.paragraphs;
  const children: XmlChild[] = [
    meta(s, e, inEffect),
    x(
      'preface',
      {},
      x('longTitle', { eId: 'longTitle' }, x('p', {}, title === null ? x('omissis', {}, '…') : x('docTitle', {}, title.join('\n')))),
      s.requisites.paragraphs === null ? null : x('p', { eId: 'requisites' }, s.requisites.paragraphs.join('\n')),
    ),
    preamble
      ? x(
          'preamble',
          { eId: preamble.eId, status: statusAttr(preamble.status) },
          preamble.paragraphs === null ? omitted() : ps(preamble.paragraphs),
        )
      : null,
    x('body', {}, chapters.length ? chapters.map(chapterEl) : points.map((p) => hierElement(p, byParent, 'paragraph'))),
    // the signatures exist only as published, in Kazakh: a translation keeps them and says in which language
    s.act.signatures.length ? x('conclusions', {}, x('p', s.lang === 'kk' ? {} : { 'xml:lang': 'kk' }, s.act.signatures.join(' '))) : null,
    attachments.length ? x('attachments', {}, attachments.map(attachmentDoc)) : null,
  ];
  const name = actKind(s.act.kind).akn.name;
  // the one wording held of an act whose earlier wordings are unknown is no original version
  const original = date === s.act.entryEarliest && s.act.wordingsKnownFrom == null;
  return xmlDocument(
    x('akomaNtoso', { xmlns: AKN_NS }, x('act', { name, contains: original ? 'originalVersion' : 'singleVersion' }, children)),
  );
}

/** The canonical file name of an expression, for Link and Content-Disposition headers. */
export function aknFileOf(s: AknSnapshot): { canonical: string; fileName: string } {
  const date = versionDate(firstExpressionDay(s.act), s.amendments, s.asOf);
  return { canonical: manifestationUri(s.act.uri, s.lang, date), fileName: `${s.act.id}.${AKN_LANGUAGE[s.lang]}@${date}.akn.xml` };
}

const toText = (t: { text: string | null; official: boolean; complete: boolean }): AknText => ({
  paragraphs: t.text === null ? null : t.text.split('\n'),
  official: t.official,
  complete: t.complete,
});

/** The act on a date in one language, read through the services: every clause's wording, every amendment. */
export async function loadAknSnapshot(
  services: Services,
  actId: string,
  lang: Lang,
  asOfGiven: string | null,
): Promise<AknSnapshot | null> {
  const act = await services.acts.act(actId);
  if (!act) return null;
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
  return {
    act: {
      id: act.id,
      kind: act.kind,
      number: act.number,
      adoptedOn: act.adoptedOn,
      entryEarliest: act.entryEarliest,
      uri: act.uri,
      issuer: lang === 'ru' ? act.issuerRu : act.issuerKk,
      signatures: act.signatures,
      lang: act.lang,
      wordingsKnownFrom: act.wordingsKnownFrom,
    },
    lang,
    asOf,
    generatedOn: services.pit.today,
    title: toText(title),
    requisites: toText(requisites),
    clauses: clauses
      .map((c, i) => ({ c, i }))
      // neither a clause not yet in force nor one of which the corpus holds no evidence on that date
      .filter(({ i }) => statuses[i] !== 'NOT_YET_IN_FORCE' && statuses[i] !== 'UNKNOWN')
      .map(({ c, i }) => ({
        eId: c.eId,
        kind: c.kind,
        number: c.number,
        parentEId: c.parentId ? (eIdOf.get(c.parentId) ?? null) : null,
        status: statuses[i],
        heading: texts[i].heading,
        ...toText(texts[i]),
      })),
    amendments: amendments.map((a) => {
      const by = byId.get(a.amendingActId);
      const ref = by ?? { id: a.amendingActId, kind: act.kind, number: a.amendingActId.split('-').pop() ?? '', adoptedOn: a.effectiveFrom };
      return {
        id: a.id,
        kind: a.kind,
        target: a.target,
        effectiveFrom: a.effectiveFrom,
        effectiveFromExact: a.effectiveFromExact,
        amendingAct: { id: ref.id, kind: ref.kind, number: ref.number, adoptedOn: ref.adoptedOn, name: actShortName(ref, lang) },
      };
    }),
  };
}
