/**
 * The script each runtime runs for `thread-cpu.ts` (bundled with the built packages like the
 * overhead child). For each client of the per-runtime table it sends loopback requests alone, one
 * client at a time, and reads every thread's CPU time from `/proc/self/task` before and after: the
 * JS thread, the runtime's HTTP thread, its JIT compiler threads and its garbage collector's helpers,
 * which the in-process `process.cpuUsage()` of the overhead suite sums into one figure. Arguments:
 * `<url> <json options>`; prints one line, THREAD_CPU_PREFIX + JSON ({@link ThreadCpuReport}).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createResendClient } from '@resendkit/client';
import { API_KEY, type Send } from './overhead-clients.js';
import { childClients, warmOnStub } from './child-clients.js';
import { runtimeVersion } from './runtime-version.js';
import { fusedSend } from './fused-send.js';
import {
  type PhaseFigures,
  THREAD_CPU_PREFIX,
  type ThreadCpuOptions,
  type ThreadCpuReport,
} from './thread-cpu-report.js';

/** Clock ticks per second of `/proc/<pid>/task/<tid>/stat` (Linux's USER_HZ). */
const TICKS_PER_SECOND = 100;

/** CPU ticks (user + system) per thread name, threads of one name added up (a runtime has several JIT workers). */
function threadTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // Fields after the name: state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks.set(name, (ticks.get(name) ?? 0) + Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
}

async function phase(send: Send, requests: number): Promise<PhaseFigures> {
  const before = threadTicks();
  const start = performance.now();
  for (let i = 0; i < requests; i++) await send();
  const wallUs = ((performance.now() - start) * 1000) / requests;
  const threadsUs: Record<string, number> = {};
  for (const [name, ticks] of threadTicks()) {
    const us = ((ticks - (before.get(name) ?? 0)) * 1e6) / TICKS_PER_SECOND / requests;
    if (us > 0) threadsUs[name] = Math.round(us * 10) / 10;
  }
  return { wallUs: Math.round(wallUs * 10) / 10, threadsUs };
}

/** The clients of the per-runtime table sending to `url`, then the fused probe when asked for. */
function clientsFor(url: string, fused: boolean): [string, Send][] {
  const list = childClients(url).map(([name, send]): [string, Send] => [name.trim(), send]);
  return fused ? [...list, ['fused send (probe)', fusedSend(url)]] : list;
}

async function measure(url: string, options: ThreadCpuOptions): Promise<ThreadCpuReport> {
  // Where resendkit goes through `fetch` (Bun, Deno), as the overhead suite does there.
  const transport = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false }).transport;
  const fused = options.fused === true;
  if (transport === 'fetch' && options.stubWarmup > 0)
    await warmOnStub(options.stubWarmup, (u) => clientsFor(u, fused));
  const list = clientsFor(url, fused);
  for (const [, send] of list) for (let i = 0; i < options.warmup; i++) await send();
  const rows: { name: string; early: PhaseFigures; steady: PhaseFigures[] }[] = [];
  for (const [name, send] of list)
    rows.push({ name: name.trim(), early: await phase(send, options.requests), steady: [] });
  for (const [, send] of list) for (let i = 0; i < options.settle; i++) await send();
  for (let p = 0; p < options.steadyPhases; p++) {
    for (let j = 0; j < list.length; j++) {
      const k = (p + j) % list.length;
      rows[k]!.steady.push(await phase(list[k]![1], options.requests));
    }
  }
  return { runtime: runtimeVersion(), clients: rows };
}

const [url = '', options = '{}'] = process.argv.slice(2);
try {
  console.log(THREAD_CPU_PREFIX + JSON.stringify(await measure(url, JSON.parse(options) as ThreadCpuOptions)));
} catch (error) {
  console.log(THREAD_CPU_PREFIX + JSON.stringify({ runtime: runtimeVersion(), error: String(error) }));
}
// Keep-alive sockets to the loopback server would keep some runtimes alive.
process.exit(0);
