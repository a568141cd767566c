/**
 * The script each V8 runtime of the garbage suite runs (bundled like the overhead child): with `fetch`
 * stubbed, each client of the overhead table and the stub alone make `calls` calls to warm up, then
 * `calls` more under V8's sampling heap profiler, which keeps objects collected since (what a call
 * leaves behind, not only what it keeps). Arguments: `garbage <calls>`. Prints one line,
 * GARBAGE_REPORT_PREFIX + JSON ({@link GarbageReport}), and exits.
 */
import { Session } from 'node:inspector/promises';
import { childClients } from './child-clients.js';
import { runtimeVersion } from './runtime-version.js';
import { stubFetch } from './fetch-stub.js';
import { GARBAGE_REPORT_PREFIX, type GarbageReport, STUB_ONLY } from './garbage-report.js';

/** One sampled profile node: its own bytes and its callees'. */
interface ProfileNode {
  selfSize: number;
  children: ProfileNode[];
}

function totalBytes(node: ProfileNode): number {
  return node.children.reduce((sum, child) => sum + totalBytes(child), node.selfSize);
}

/** Bytes allocated per call of `send` (collected or not), over `calls` calls. */
async function bytesPerCall(session: Session, send: () => Promise<unknown>, calls: number): Promise<number> {
  // One sample per 256 bytes on average: tens of thousands of samples over a run, steady to ~1 %.
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < calls; i++) await send();
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
  return Math.round(totalBytes(profile.head) / calls);
}

async function measure(calls: number): Promise<GarbageReport> {
  const restore = stubFetch();
  const session = new Session();
  session.connect();
  try {
    const stubOnly = () => fetch('http://127.0.0.1:9/emails', { method: 'POST' }).then((r) => r.text());
    // Built while the stub is installed: openapi-fetch captures fetch at creation.
    const list: [string, () => Promise<unknown>][] = [
      ...childClients('http://127.0.0.1:9').map(([name, send]): [string, () => Promise<unknown>] => [
        name.trim(),
        send,
      ]),
      [STUB_ONLY, stubOnly],
    ];
    const bytes: Record<string, number> = {};
    for (const [name, send] of list) {
      for (let i = 0; i < calls; i++) await send();
      bytes[name] = await bytesPerCall(session, send, calls);
    }
    return { runtime: runtimeVersion(), bytes };
  } finally {
    session.disconnect();
    restore();
  }
}

const calls = Number(process.argv[3] ?? 20_000);
try {
  console.log(GARBAGE_REPORT_PREFIX + JSON.stringify(await measure(calls)));
} catch (error) {
  console.log(GARBAGE_REPORT_PREFIX + JSON.stringify({ runtime: runtimeVersion(), error: String(error) }));
}
process.exit(0);
