/** Parser throughput on the official texts: `node dist/bench/parse-throughput.js`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearParseCaches, parseAct } from '../src/corpus/parse-act';
import { ROOT } from './support';

export interface ParseThroughput {
  /** Text the parser has not seen: its caches are emptied before every parse. */
  mbPerSecond: number;
  parsesPerSecond: number;
  /** The same texts again and again, as copies of an act are: lines, notes and paragraphs come from the caches. */
  repeatedMbPerSecond: number;
  bytes: number;
}

function rate(texts: string[], seconds: number, each: () => void): number {
  let rounds = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    texts.forEach((t) => {
      each();
      parseAct(t);
    });
    rounds++;
  }
  return (rounds * texts.length) / ((performance.now() - t0) / 1000);
}

export function benchParse(seconds = 3): ParseThroughput {
  const texts = ['sc-1999-9.kk.txt', 'gov-2012-1213.kk.txt'].map((f) => readFileSync(join(ROOT, 'corpus', 'acts', f), 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < 50; i++) texts.forEach((t) => parseAct(t)); // warm up
  const parsesPerSecond = rate(texts, seconds, clearParseCaches);
  const repeated = rate(texts, seconds, () => undefined);
  const mb = (perSecond: number) => (perSecond * bytes) / texts.length / 1e6;
  return { mbPerSecond: mb(parsesPerSecond), parsesPerSecond, repeatedMbPerSecond: mb(repeated), bytes };
}

if (require.main === module) {
  const r = benchParse();
  console.log(
    `parse: ${r.mbPerSecond.toFixed(2)} MB/s (${r.parsesPerSecond.toFixed(0)} acts/s; corpus ${r.bytes} bytes); the same texts again: ${r.repeatedMbPerSecond.toFixed(2)} MB/s`,
  );
}
