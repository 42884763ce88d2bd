/**
 * The citation extractor against hostile texts (bench/attacks/citation-texts.ts): time, steps and the longest
 * stretch without a pause, per family and length, and how each grows when the text doubles. Linear work keeps
 * the ratio near 2; the square of the length would make it 4.
 *
 *   npm run build && node dist/bench/citations-dos.js [--sizes 16000,32000,64000,100000]
 */
import { extractionSteps, measureWork, type CitationCatalog } from '../src/citations';
import { CITATION_LIMITS } from '../src/services/citation.service';
import { CITATION_ATTACKS, evalCatalog } from './attacks/citation-texts';

function run(text: string, catalog: CitationCatalog, maxCitations?: number) {
  let longestPause = 0;
  const t0 = process.hrtime.bigint();
  const { result, steps } = measureWork(() => {
    const s = extractionSteps(text, catalog, {}, { maxCitations });
    for (let last = process.hrtime.bigint(); ;) {
      const r = s.next();
      const now = process.hrtime.bigint();
      longestPause = Math.max(longestPause, Number(now - last) / 1e6);
      last = now;
      if (r.done) return r.value;
    }
  });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, steps, longestPause, found: result.found.length, complete: result.complete };
}

function main() {
  const arg = process.argv.indexOf('--sizes');
  const sizes = arg > 0 ? process.argv[arg + 1].split(',').map(Number) : [16_000, 32_000, 64_000, 100_000];
  const catalog = evalCatalog();
  console.log(`# citation extraction on hostile texts — node ${process.version} — (node dist/bench/citations-dos.js)`);
  console.log(
    `| family | length | time (best of 3) | longest step | steps | citations | time ×, steps × per doubling | as the server runs it (at most ${CITATION_LIMITS.maxCitations} citations) |`,
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [family, make] of Object.entries(CITATION_ATTACKS)) {
    let previous: { ms: number; steps: number; length: number } | null = null;
    for (const length of sizes) {
      const text = make(length);
      const runs = [run(text, catalog), run(text, catalog), run(text, catalog)].sort((a, b) => a.ms - b.ms);
      const best = runs[0];
      const growth =
        previous && length === 2 * previous.length
          ? `${(best.ms / previous.ms).toFixed(2)}, ${(best.steps / previous.steps).toFixed(2)}`
          : '';
      const served = [run(text, catalog, CITATION_LIMITS.maxCitations), run(text, catalog, CITATION_LIMITS.maxCitations)].sort(
        (a, b) => a.ms - b.ms,
      )[0];
      const asServed = `${served.ms.toFixed(1)} ms, longest step ${served.longestPause.toFixed(1)} ms, ${served.complete ? `${served.found} citations` : 'refused (citations)'}`;
      console.log(
        `| ${family} | ${text.length} | ${best.ms.toFixed(1)} ms | ${best.longestPause.toFixed(1)} ms | ${best.steps} | ${best.found} | ${growth} | ${asServed} |`,
      );
      previous = { ms: best.ms, steps: best.steps, length };
    }
  }
}

main();
