/** The hottest functions of a V8 .cpuprofile (as written by `node --cpu-prof`), by self time. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export function summariseCpuProfile(json: string, top = 25): string[] {
  const profile = JSON.parse(json) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMicros = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const where = frame.url
      ? ` ${frame.url.replace(/^.*?\/(node_modules\/(?:@[^/]+\/)?[^/]+|dist\/src|src)\//, '$1/')}:${frame.lineNumber + 1}`
      : '';
    const key = `${frame.functionName || '(anonymous)'}${where}`;
    const dt = profile.timeDeltas[i] ?? 0;
    selfMicros.set(key, (selfMicros.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...selfMicros]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`);
}
