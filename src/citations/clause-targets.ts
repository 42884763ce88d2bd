/**
 * What one designator group cites once its act is known: catalog clauses (ranges expanded against the
 * catalog) or outside references (article, part, point, sub-point, chapter).
 *
 * Ranges. "5-9" / "5–9-тармақтары" cite every point of the catalog whose printed position lies between the
 * ends, both included. An inserted point such as 21-1 stands after 21 and before 22, so "20-22" includes
 * 21-1, and "1-2" does not include 2-1 (which stands after 2). A hyphenated number that exists as a point
 * ("21-1", "2-1") is that point; otherwise a hyphenated pair with a smaller first number is a range, and any
 * other hyphenated number is a point that the catalog lacks.
 */
import { ClauseIndex } from './catalog';
import type { DesignatorGroup, DesignatorValue, Level } from './designators';
import type { ActTarget } from './resolve-act';
import type { Span } from './spans';
import type { CitableClause, OutsideReference } from './types';
import { tally } from './work-meter';

export interface ClauseTarget extends Span {
  actId?: string;
  clauseId?: string;
  reference?: OutsideReference;
}

type CatalogTarget = Extract<ActTarget, { kind: 'catalog' }>;
type OutsideTarget = Extract<ActTarget, { kind: 'outside' }>;

function designator(group: DesignatorGroup, level: Level) {
  return group.designators.find((d) => d.level === level);
}

/**
 * A group citing several things marks each on its own number (`varying`: the values that differ between its
 * targets, innermost last); a group citing one thing is one span.
 */
function spanFor(group: DesignatorGroup, varying: readonly Span[]): Span {
  return varying[varying.length - 1] ?? group;
}

function rangeEnds(v: DesignatorValue, exists: (n: string) => boolean): [string, string] | undefined {
  if (v.to !== undefined) return [v.value, v.to];
  const pair = /^(\d+)-(\d+)$/.exec(v.value);
  if (!pair || exists(v.value)) return undefined;
  return Number(pair[1]) < Number(pair[2]) ? [pair[1], pair[2]] : undefined;
}

/**
 * A group whose lists would combine into more citations than this ("sub-points 1, 2, … of points 1, 2, …" or
 * "parts 1, 2, … of articles 1, 2, …", each list long) is no citation a court writes: it cites its act (or
 * norm) once. Otherwise two lists of n numbers each would make n² citations out of a text of length n.
 */
export const MAX_COMBINATIONS = 64;

/** Whether the group's lists multiply out past MAX_COMBINATIONS (one list alone gives a citation per number). */
function tooManyCombinations(group: DesignatorGroup): boolean {
  const lists = group.designators.filter((d) => d.values.length > 1);
  return lists.length > 1 && lists.reduce((n, d) => n * d.values.length, 1) > MAX_COMBINATIONS;
}

/** `limit`: enough is made once there are more targets than this (the caller stops there). */
export function catalogTargets(group: DesignatorGroup, target: CatalogTarget, index: ClauseIndex, limit = Infinity): ClauseTarget[] {
  const { actId, attachment } = target;
  const actOnly = (span: Span): ClauseTarget => ({ start: span.start, end: span.end, actId });
  const cite = (span: Span, clause: CitableClause | undefined): ClauseTarget =>
    clause ? { start: span.start, end: span.end, actId, clauseId: clause.id } : actOnly(span);

  if (target.actOnly || tooManyCombinations(group))
    return [{ ...actOnly(group), ...(target.alsoReference ? { reference: { ...target.alsoReference } } : {}) }];
  if (index.hasArticles(actId)) return codeTargets(group, target, index, limit);
  if (group.designators.some((d) => d.level === 'ARTICLE' || d.level === 'PART' || d.level === 'CHAPTER')) return [actOnly(group)];
  const points = designator(group, 'POINT');
  const subpoints = designator(group, 'SUBPOINT');
  if (!points) {
    if (subpoints) return [actOnly(group)];
    if (designator(group, 'PREAMBLE') && attachment === undefined) return [cite(group, index.preamble(actId))];
    return [attachment === undefined ? actOnly(group) : cite(group, index.attachment(actId, attachment))];
  }
  const manyPoints = points.values.length > 1 || points.values.some((v) => v.to !== undefined);
  const manySubpoints = (subpoints?.values.length ?? 0) > 1 || (subpoints?.values.some((v) => v.to !== undefined) ?? false);
  const out: ClauseTarget[] = [];
  for (const pv of points.values) {
    if (out.length > limit) break;
    const ends = rangeEnds(pv, (n) => index.point(actId, attachment, n) !== undefined);
    const pointClauses = ends
      ? index.pointsInRange(actId, attachment, ends[0], ends[1])
      : [index.point(actId, attachment, pv.value)].filter((c): c is CitableClause => c !== undefined);
    const pointSpan = spanFor(group, manyPoints || ends ? [pv] : []);
    if (pointClauses.length === 0) {
      out.push(actOnly(pointSpan));
      continue;
    }
    for (const point of pointClauses) {
      tally(1 + (subpoints?.values.length ?? 0));
      if (!subpoints) {
        out.push(cite(pointSpan, point));
        continue;
      }
      for (const sv of subpoints.values) {
        const subEnds = rangeEnds(sv, (n) => index.subpoint(point, n) !== undefined);
        const subSpan = spanFor(group, [...(manyPoints || ends ? [pv] : []), ...(manySubpoints || subEnds ? [sv] : [])]);
        if (subEnds) {
          const inRange = index.subpointsInRange(point, subEnds[0], subEnds[1]);
          if (inRange.length === 0) out.push(actOnly(subSpan));
          for (const sub of inRange) out.push(cite(subSpan, sub));
        } else out.push(cite(subSpan, index.subpoint(point, sv.value)));
      }
    }
  }
  return out;
}

/**
 * What a group cites in a code (an act built of chapters and articles): chapters, articles, their points and
 * sub-points, ranges expanded against the catalog. An article the catalog lacks (the corpus holds one chapter of
 * the code) stays a reference with the numbers as printed; a point or sub-point the catalog lacks gives the act
 * only, never an invented clause. A part ("часть 1 статьи 937") is not a unit of the catalog: the article is cited.
 * Each target also carries the reference (article, part, point, sub-point, chapter) of an act its name identifies.
 */
function codeTargets(group: DesignatorGroup, target: CatalogTarget, index: ClauseIndex, limit: number): ClauseTarget[] {
  const { actId } = target;
  const base = target.alsoReference;
  const out: ClauseTarget[] = [];
  const emit = (span: Span, clause: CitableClause | undefined, fields: Partial<OutsideReference>) => {
    out.push({
      start: span.start,
      end: span.end,
      actId,
      ...(clause ? { clauseId: clause.id } : {}),
      ...(base ? { reference: { ...base, ...fields } } : {}),
    });
  };
  const chapters = designator(group, 'CHAPTER');
  const articles = designator(group, 'ARTICLE');
  const parts = designator(group, 'PART');
  const points = designator(group, 'POINT');
  const subpoints = designator(group, 'SUBPOINT');
  const many = (d: ReturnType<typeof designator>) => (d?.values.length ?? 0) > 1 || (d?.values.some((v) => v.to !== undefined) ?? false);
  if (!articles) {
    if (chapters && !points && !subpoints) {
      for (const v of chapters.values)
        emit(spanFor(group, many(chapters) ? [v] : []), index.chapter(actId, v.value), { chapter: printed(v) });
      return out;
    }
    // points without their article name nothing of the catalog: the act, and the reference as printed
    return base
      ? outsideTargets(group, { kind: 'outside', reference: base, needsClause: false }).map((t) => ({ ...t, actId }))
      : [{ start: group.start, end: group.end, actId }];
  }
  for (const av of articles.values) {
    if (out.length > limit) break;
    const ends = rangeEnds(av, (n) => index.article(actId, n) !== undefined);
    const inCatalog = ends
      ? index.article(actId, ends[0]) !== undefined && index.article(actId, ends[1]) !== undefined
      : index.article(actId, av.value) !== undefined;
    const articleSpan = (extra: Span[]) => spanFor(group, [...(many(articles) || ends ? [av] : []), ...extra]);
    if (!inCatalog) {
      // an article outside the corpus's chapter: a reference, point and sub-point as printed
      const fields = (pv?: DesignatorValue, sv?: DesignatorValue): Partial<OutsideReference> => ({
        article: printed(av),
        ...(parts ? { part: parts.values.map(printed).join(', ') } : {}),
        ...(pv ? { point: printed(pv) } : {}),
        ...(sv ? { subpoint: printed(sv) } : {}),
      });
      for (const pv of points?.values ?? [undefined]) {
        for (const sv of subpoints?.values ?? [undefined]) {
          const span = articleSpan([...(pv && many(points) ? [pv] : []), ...(sv && many(subpoints) ? [sv] : [])]);
          out.push({ start: span.start, end: span.end, actId, ...(base ? { reference: { ...base, ...fields(pv, sv) } } : {}) });
        }
      }
      continue;
    }
    const articleClauses = ends ? index.articlesInRange(actId, ends[0], ends[1]) : [index.article(actId, av.value)!];
    for (const article of articleClauses) {
      tally(1);
      const ref: Partial<OutsideReference> = { article: article.number ?? av.value };
      if (!points) {
        if (subpoints) {
          // sub-points standing in an article without points ("подпункт 2) статьи …")
          for (const sv of subpoints.values) {
            const sub = index.subpoint(article, sv.value);
            emit(articleSpan(many(subpoints) ? [sv] : []), sub, { ...ref, subpoint: printed(sv) });
          }
        } else if (parts) {
          for (const pv of parts.values) emit(articleSpan(many(parts) ? [pv] : []), article, { ...ref, part: printed(pv) });
        } else emit(articleSpan([]), article, ref);
        continue;
      }
      for (const pv of points.values) {
        const pEnds = rangeEnds(pv, (n) => index.point(actId, { article: article.number! }, n) !== undefined);
        const pointClauses = pEnds
          ? index.pointsInRange(actId, { article: article.number! }, pEnds[0], pEnds[1])
          : [index.point(actId, { article: article.number! }, pv.value)].filter((c): c is CitableClause => c !== undefined);
        const pointVaries = many(points) || pEnds !== undefined;
        if (pointClauses.length === 0) {
          emit(articleSpan(pointVaries ? [pv] : []), undefined, {
            ...ref,
            point: printed(pv),
            ...(subpoints ? { subpoint: subpoints.values.map(printed).join(', ') } : {}),
          });
          continue;
        }
        for (const point of pointClauses) {
          const pointRef = { ...ref, point: point.number ?? pv.value };
          if (!subpoints) {
            emit(articleSpan(pointVaries ? [pv] : []), point, pointRef);
            continue;
          }
          for (const sv of subpoints.values) {
            const sEnds = rangeEnds(sv, (n) => index.subpoint(point, n) !== undefined);
            const span = articleSpan([...(pointVaries ? [pv] : []), ...(many(subpoints) || sEnds ? [sv] : [])]);
            if (!sEnds) {
              emit(span, index.subpoint(point, sv.value), { ...pointRef, subpoint: sv.value });
              continue;
            }
            const inRange = index.subpointsInRange(point, sEnds[0], sEnds[1]);
            if (inRange.length === 0) emit(span, undefined, { ...pointRef, subpoint: printed(sv) });
            for (const sub of inRange) emit(span, sub, { ...pointRef, subpoint: sub.number ?? sv.value });
          }
        }
      }
    }
  }
  return out;
}

/** Outside norms are not enumerated here: a range stays one reference ("1-8"). */
function printed(v: DesignatorValue): string {
  return v.to === undefined ? v.value : `${v.value}-${v.to}`;
}

const REFERENCE_FIELD: Partial<Record<Level, keyof OutsideReference>> = {
  CHAPTER: 'chapter',
  ARTICLE: 'article',
  PART: 'part',
  POINT: 'point',
  SUBPOINT: 'subpoint',
};

export function outsideTargets(group: DesignatorGroup, target: OutsideTarget): ClauseTarget[] {
  if (tooManyCombinations(group)) return [{ start: group.start, end: group.end, reference: { ...target.reference } }];
  let partial: Array<{ reference: OutsideReference; spans: Span[] }> = [{ reference: { ...target.reference }, spans: [] }];
  for (const d of group.designators) {
    const field = REFERENCE_FIELD[d.level];
    if (!field || d.values.length === 0) continue;
    const many = d.values.length > 1;
    partial = partial.flatMap((p) =>
      d.values.map((v) => ({
        reference: { ...p.reference, [field]: printed(v) },
        spans: many ? [...p.spans, v] : p.spans,
      })),
    );
  }
  return partial.map((p) => {
    const span = spanFor(group, p.spans);
    return { start: span.start, end: span.end, reference: p.reference };
  });
}
