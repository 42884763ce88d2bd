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

  if (target.actOnly || tooManyCombinations(group)) return [actOnly(group)];
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
