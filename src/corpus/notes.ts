/**
 * The grammar of amendment notes ("Ескерту." / "Сноска."), Kazakh and Russian: one note → one or more events.
 *
 * A note is split into segments at top-level ";" (one change each). Each segment names what changed
 * (the kind), which units (the targets, read from the words before the amending act), by which act (issuer,
 * date, number) and when it takes effect (the parenthesised rule). A segment that names no target or issuer
 * takes them from the segment before it, as in "25-тармақпен толықтырылды – … ; жаңа редакцияда – …".
 */
import { DATE_PATTERN, dateFromGroups } from '../domain/written-dates';
import { derivedActId, derivedFromKinds, type ActKind } from '../domain/act-kinds';
import type { AmendmentEvent, AmendmentKind, EffectiveRule } from '../domain/types';
import { NoteGrammarError } from '../errors';

export interface NoteContext {
  /** eId prefix of the attachment the note stands in ("att_1"), so "4-тармақ" means att_1__para_4. */
  attachment?: string;
  /** The unit a note-as-point stands for ("2-1. Алып тасталды …" → para_2-1). */
  selfTarget?: string;
}

const NOTE_PREFIX = /^\s*(?:Ескерту|Сноска)\s*\.\s*/u;

/** Latin i inside Kazakh words (an artifact of the source) must not defeat keyword matching. */
const foldI = (s: string) => s.replace(/i/g, 'і').replace(/I/g, 'І');

const KIND_PATTERNS: Array<[AmendmentKind, RegExp]> = [
  ['RESTATED', /жаңа\s+редакцияда|в\s+(?:новой\s+)?редакции|изложен\p{L}*\s+в\s+(?:новой\s+)?редакции/iu],
  ['INSERTED', /толықтырылды|дополнен\p{L}*/iu],
  ['REPEALED', /алып\s+тасталды|алынып\s+тасталды|күші\s+жойылды|исключен\p{L}*|утратил\p{L}*\s+силу/iu],
  ['MODIFIED', /өзгеріс(?:тер)?\s+енгізілді|внесен\p{L}*\s+изменени\p{L}*|изменени\p{L}*\s+внесен\p{L}*|с\s+изменени\p{L}*,?\s+внесенн\p{L}*/iu],
];

/** How a note names the issuer of the amending act: every kind whose acts amend others (src/domain/act-kinds.ts). */
const issuers = derivedFromKinds((kinds) => kinds.flatMap((k): Array<[ActKind, RegExp]> => (k.noteIssuer ? [[k.code, k.noteIssuer]] : [])));
const issuerNames = derivedFromKinds((kinds) => kinds.filter((k) => k.noteIssuer).map((k) => `${k.issuer.kk} / ${k.issuer.ru}`).join('; '));

const NOTE_DATE = new RegExp(DATE_PATTERN, 'u');

const TEN_DAYS = /күнтізбелік\s+он\s+күн|десяти\s+календарных\s+дней/iu;
const FROM_PUBLICATION = /алғашқы\s+ресми\s+жарияланған\s+күнінен\s+бастап|со\s+дня\s+(?:его\s+)?первого\s+официального\s+опубликования/iu;

/**
 * The entry-into-force rule a text states ("… күнтізбелік он күн өткен соң қолданысқа енгізіледі", "со дня первого
 * официального опубликования"), in a note or in an act's own closing point; UNSTATED when it states none.
 */
export function statedRule(text: string): EffectiveRule {
  const folded = foldI(text.replace(/\s+/g, ' '));
  if (TEN_DAYS.test(folded)) return 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION';
  return FROM_PUBLICATION.test(folded) ? 'FROM_FIRST_OFFICIAL_PUBLICATION' : 'UNSTATED';
}

interface TargetHit {
  index: number;
  target: string;
}

/**
 * Target words before the amending act, sub-points first so that their point is not also read as a target;
 * each with a word all its matches contain (same case rules), so that a Kazakh note does not run, nor compile,
 * the Russian patterns.
 */
const TARGET_PATTERNS: Array<{ re: RegExp; needs: RegExp; make: (m: RegExpMatchArray, inAtt: (eId: string) => string, ctx: NoteContext) => string | null }> = [
  { re: /(\d+(?:\s*-\s*\d+)?)\s*-?\s*тармақ\p{L}*\s+(\d+)\s*\)\s*тармақша\p{L}*/giu, needs: /тармақша/iu, make: (m, inAtt) => inAtt(`para_${num(m[1])}__subpara_${m[2]}`) },
  { re: /(?<!\p{L})подпункт\p{L}*\s+(\d+)\s*\)?\s+пункт\p{L}*\s+(\d+(?:-\d+)?)/giu, needs: /подпункт/iu, make: (m, inAtt) => inAtt(`para_${num(m[2])}__subpara_${m[1]}`) },
  { re: /(?<!\p{L})пункт\p{L}*\s+(\d+(?:-\d+)?)\s+(?:дополнен\p{L}*|изложен\p{L}*)?\s*подпункт\p{L}*\s+(\d+)\s*\)?/giu, needs: /подпункт/iu, make: (m, inAtt) => inAtt(`para_${num(m[1])}__subpara_${m[2]}`) },
  { re: /(\d+(?:\s*-\s*\d+)?)\s*-?\s*тармақ\p{L}*/giu, needs: /тармақ/iu, make: (m, inAtt) => inAtt(`para_${num(m[1])}`) },
  { re: /(?<!\p{L})пункт\p{L}*\s+(\d+(?:-\d+)?)/giu, needs: /пункт/iu, make: (m, inAtt) => inAtt(`para_${num(m[1])}`) },
  { re: /тақырыб\p{L}*|атау\p{L}*|наименовани\p{L}*|заголов\p{L}*|названи\p{L}*/giu, needs: /тақырыб|атау|наименовани|заголов|названи/iu, make: () => 'title' },
  { re: /деректеме\p{L}*|реквизит\p{L}*/giu, needs: /деректеме|реквизит/iu, make: () => 'requisites' },
  { re: /кіріспе\p{L}*|преамбул\p{L}*/giu, needs: /кіріспе|преамбул/iu, make: () => 'preamble' },
  { re: /(?<![\p{L}])(?:қағидалар|правила)(?![\p{L}])/giu, needs: /қағидалар|правила/iu, make: (_m, _inAtt, ctx) => ctx.attachment ?? 'att_1' },
];

const num = (s: string) => s.replace(/[\s–]/g, '').replace(/-+/g, '-');

function findTargets(zone: string, ctx: NoteContext): TargetHit[] {
  const hits: TargetHit[] = [];
  const inAtt = (eId: string) => (ctx.attachment ? `${ctx.attachment}__${eId}` : eId);
  const taken: Array<[number, number]> = [];
  const add = (index: number, length: number, target: string) => {
    if (taken.some(([a, b]) => index < b && a < index + length)) return;
    taken.push([index, index + length]);
    hits.push({ index, target });
  };
  for (const { re, needs, make } of TARGET_PATTERNS) {
    if (!needs.test(zone)) continue;
    for (const m of zone.matchAll(re)) {
      const t = make(m, inAtt, ctx);
      if (t) add(m.index!, m[0].length, t);
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

function splitSegments(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Parses one note's text (verbatim, artifacts already repaired) into its events. */
export function parseNote(text: string, ctx: NoteContext = {}): AmendmentEvent[] {
  const folded = foldI(text.replace(/\s+/g, ' '));
  const body = folded.replace(NOTE_PREFIX, '').replace(/^\d+(?:-\d+)?\s*\.\s*/u, (label) => (ctx.selfTarget ? '' : label));
  const events: AmendmentEvent[] = [];
  let lastTargets: string[] = ctx.selfTarget ? [ctx.selfTarget] : [];
  let lastIssuer: ActKind | null = null;
  const segments = splitSegments(body);
  if (segments.length === 0) throw new NoteGrammarError('the note is empty');
  for (const segment of segments) {
    const kindHit = KIND_PATTERNS.map(([kind, re]) => ({ kind, m: re.exec(segment) }))
      .filter((k) => k.m)
      .sort((a, b) => a.m!.index - b.m!.index)[0];
    if (!kindHit) throw new NoteGrammarError(`no kind of change ("жаңа редакцияда", "алып тасталды", "в редакции", …) in "${segment}"`);

    const issuerHits = issuers().map(([kind, re]) => ({ kind, m: re.exec(segment) })).filter((h) => h.m);
    issuerHits.sort((a, b) => a.m!.index - b.m!.index);
    const issuer: ActKind | null = issuerHits[0]?.kind ?? lastIssuer;
    if (!issuer) throw new NoteGrammarError(`no amending act issuer (${issuerNames()}) in "${segment}"`);
    const refStart = issuerHits[0]?.m!.index ?? segment.length;
    // Targets are named before the amending act ("4-тармақ жаңа редакцияда – ҚР …", "Пункт 5 в редакции …",
    // "дополнено пунктом 21-1 в соответствии с …"); the text after it names only the act.
    const zone = segment.slice(0, refStart).replace(/(?:нормативн\p{L}*\s+)?постановлени\p{L}*\s*$/iu, '');
    const found = findTargets(zone, ctx).map((h) => h.target);
    const targets = found.length > 0 ? [...new Set(found)] : lastTargets;
    if (targets.length === 0) throw new NoteGrammarError(`no target (point, title, preamble, requisites, Rules) in "${segment}"`);

    const refText = segment.slice(Math.min(refStart, segment.length));
    const dateMatch = NOTE_DATE.exec(refText);
    const adoptedOn = dateMatch?.groups ? dateFromGroups(dateMatch.groups) : null;
    if (!adoptedOn) throw new NoteGrammarError(`no valid date of the amending act in "${segment}"`);
    const numberMatch = /(?:№|N)\s*(\d+)/u.exec(refText.slice(dateMatch!.index)) ?? /(?:№|N)\s*(\d+)/u.exec(refText);
    if (!numberMatch) throw new NoteGrammarError(`no number (№ / N) of the amending act in "${segment}"`);

    const effectiveRule = statedRule(segment);
    const number = numberMatch[1];
    const amendingAct = { id: derivedActId(issuer, adoptedOn, number)!, kind: issuer, number, adoptedOn };
    for (const target of targets) events.push({ kind: kindHit.kind, target, amendingAct, effectiveRule });
    lastTargets = targets;
    lastIssuer = issuer;
  }
  return events;
}

/** True when a block of text is an amendment note rather than law text. */
export function isNote(text: string): boolean {
  return NOTE_PREFIX.test(text);
}

/** A point that survives only as the record of its repeal: "11. Алып тасталды - …" / "11. Исключен …". */
export const REPEALED_POINT = /^\s*(\d+(?:-\d+)?)\s*\.\s*(?:алып\s+тасталды|алынып\s+тасталды|күші\s+жойылды|исключен\p{L}*|утратил\p{L}*\s+силу)/iu;
