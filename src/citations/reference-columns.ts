/** The parts of an outside reference (OutsideReference) as the reference tables store them and the API serves them (absent → null). */

export interface ReferenceColumns {
  article: string | null;
  point: string | null;
  part: string | null;
  subpoint: string | null;
  chapter: string | null;
}

export const referenceColumns = (r: { readonly [K in keyof ReferenceColumns]?: string | null }): ReferenceColumns => ({
  article: r.article ?? null,
  point: r.point ?? null,
  part: r.part ?? null,
  subpoint: r.subpoint ?? null,
  chapter: r.chapter ?? null,
});
