// V8 CPU profiles for the diagnoses: recording one while some work runs, and the summary the in-process diagnoses
// print (the functions with the most self and inclusive time, per unit of work: a batch, a request).
import { Session } from 'node:inspector/promises';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP = Number(process.env.CPU_TOP ?? 30);
const MATCH = new RegExp(process.env.CPU_MATCH ?? ' (src|node_modules/(zod|pg|pg-protocol|drizzle-orm|fastify))/');

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(node_modules|src)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Prints busy time, then the top self and inclusive frames, each divided by `units` and shown in `unit`. */
export function reportProfile(profile: CpuProfile, units: number, unit: { name: string; perMs: number }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map<number, number>();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of sampled) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at) ?? node);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const per = (us: number) => ((us / 1000 / units) * unit.perMs).toFixed(2).padStart(8);
  const busy = [...sampled.entries()]
    .filter(([id]) => byId.get(id)?.callFrame.functionName !== '(idle)')
    .reduce((a, [, us]) => a + us, 0);
  console.log(`\nbusy ${per(busy)} ${unit.name} (this process's main isolate)`);
  console.log(`\nself ${unit.name}`);
  for (const [name, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`${per(us)}  ${name}`);
  console.log(`\ninclusive ${unit.name} (frames matching ${MATCH.source})`);
  for (const [name, us] of [...inclusive.entries()]
    .filter(([name]) => MATCH.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP))
    console.log(`${per(us)}  ${name}`);
}

/** A V8 CPU profile of this process's main isolate while `work` runs, sampled every `intervalUs` microseconds. */
export async function profileWhile(intervalUs: number, work: () => Promise<void>): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    await work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    return profile;
  } finally {
    session.disconnect();
  }
}
