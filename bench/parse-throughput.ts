/** Parser throughput on the official texts: `node dist/bench/parse-throughput.js`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAct } from '../src/corpus/parse-act';
import { ROOT } from './support';

export function benchParse(seconds = 3): { mbPerSecond: number; parsesPerSecond: number; bytes: number } {
  const texts = ['sc-1999-9.kk.txt', 'gov-2012-1213.kk.txt'].map((f) => readFileSync(join(ROOT, 'corpus', 'acts', f), 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < 50; i++) texts.forEach((t) => parseAct(t)); // warm up
  let rounds = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    texts.forEach((t) => parseAct(t));
    rounds++;
  }
  const elapsed = (performance.now() - t0) / 1000;
  return { mbPerSecond: (rounds * bytes) / elapsed / 1e6, parsesPerSecond: (rounds * texts.length) / elapsed, bytes };
}

if (require.main === module) {
  const r = benchParse();
  console.log(`parse: ${r.mbPerSecond.toFixed(2)} MB/s (${r.parsesPerSecond.toFixed(0)} acts/s; corpus ${r.bytes} bytes)`);
}
