/** Relevance measures over labelled question sets: Hit@1, Hit@5, MRR@10 and nDCG@10 per language and tag. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, sharedFile } from './support';

export interface EvalQuery {
  q: string;
  lang: 'kk' | 'ru';
  tag?: string;
  relevant: string[];
  partial?: string[];
}

/** Clause ids, best first. */
export type Ranker = (q: EvalQuery) => Promise<string[]>;

export interface Measures {
  n: number;
  hit1: number;
  hit5: number;
  mrr: number;
  ndcg: number;
}

export function measure(ranked: string[], q: EvalQuery): Omit<Measures, 'n'> {
  const gain = (id: string) => (q.relevant.includes(id) ? 2 : (q.partial ?? []).includes(id) ? 1 : 0);
  const firstRelevant = ranked.findIndex((id) => q.relevant.includes(id));
  const dcg = ranked.slice(0, 10).reduce((s, id, i) => s + (2 ** gain(id) - 1) / Math.log2(i + 2), 0);
  const ideal = [...q.relevant.map(() => 2), ...(q.partial ?? []).map(() => 1)]
    .slice(0, 10)
    .reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  return {
    hit1: firstRelevant === 0 ? 1 : 0,
    hit5: firstRelevant >= 0 && firstRelevant < 5 ? 1 : 0,
    mrr: firstRelevant >= 0 && firstRelevant < 10 ? 1 / (firstRelevant + 1) : 0,
    ndcg: ideal > 0 ? dcg / ideal : 0,
  };
}

/** The groups a question counts in: its language, its tag (`para` is reported as everyday) and both, and all. */
function groupsOf(q: EvalQuery): string[] {
  const tag = q.tag === 'para' ? 'everyday' : q.tag;
  return [q.lang, ...(tag ? [tag, `${q.lang}:${tag}`] : []), 'all'];
}

export async function evaluate(
  queries: readonly EvalQuery[],
  rank: Ranker,
  onMiss?: (q: EvalQuery, ranked: string[]) => void,
): Promise<Map<string, Measures>> {
  const sums = new Map<string, Measures>();
  for (const q of queries) {
    const ranked = await rank(q);
    const m = measure(ranked, q);
    if (onMiss && !m.hit5) onMiss(q, ranked);
    for (const g of groupsOf(q)) {
      const s = sums.get(g) ?? { n: 0, hit1: 0, hit5: 0, mrr: 0, ndcg: 0 };
      sums.set(g, { n: s.n + 1, hit1: s.hit1 + m.hit1, hit5: s.hit5 + m.hit5, mrr: s.mrr + m.mrr, ndcg: s.ndcg + m.ndcg });
    }
  }
  const order = (g: string) => (g === 'all' ? 0 : g === 'kk' ? 1 : g === 'ru' ? 2 : g.includes(':') ? 4 : 3);
  const out = new Map<string, Measures>();
  for (const g of [...sums.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
    const s = sums.get(g)!;
    out.set(g, { n: s.n, hit1: s.hit1 / s.n, hit5: s.hit5 / s.n, mrr: s.mrr / s.n, ndcg: s.ndcg / s.n });
  }
  return out;
}

export interface QuerySet {
  name: string;
  queries: EvalQuery[];
}

/** The shared development set and the project's two sets (the harder one reported apart), where present. */
export function querySets(): QuerySet[] {
  const sets: Array<[string, string | null]> = [
    ['../shared/eval/search-dev.yaml', sharedFile('eval', 'search-dev.yaml')],
    ['corpus/eval/search.yaml', join(ROOT, 'corpus', 'eval', 'search.yaml')],
    ['corpus/eval/search-hard.yaml', join(ROOT, 'corpus', 'eval', 'search-hard.yaml')],
  ];
  return sets.flatMap(([name, path]) =>
    path && existsSync(path) ? [{ name, queries: (parse(readFileSync(path, 'utf8')) as { queries: EvalQuery[] }).queries }] : [],
  );
}
