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
import { API_KEY, type Send, clients } from './overhead-clients.js';
import { CHILD_CLIENTS } from './overhead-runtime-report.js';
import { stubFetch } from './fetch-stub.js';
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

function runtimeVersion(): string {
  const g = globalThis as { Bun?: { version: string }; Deno?: { version: { deno: string } } };
  if (g.Bun) return `Bun ${g.Bun.version}`;
  if (g.Deno) return `Deno ${g.Deno.version.deno}`;
  return `Node ${process.version}`;
}

/** The three clients of the per-runtime table, sending to `url`. */
function pick(url: string, fused = false): [string, Send][] {
  const all = clients(url, false);
  const list = CHILD_CLIENTS.map((name): [string, Send] => all.find(([n]) => n.trim() === name)!);
  return fused ? [...list, ['fused send (probe)', fusedSend(url)]] : list;
}

/** As the overhead suite warms up on Bun and Deno: each client `calls` times against the `fetch` stub first. */
async function warmOnStub(calls: number, fused: boolean): Promise<void> {
  const restore = stubFetch();
  try {
    for (const [, send] of pick('http://127.0.0.1:9', fused)) for (let i = 0; i < calls; i++) await send();
  } finally {
    restore();
  }
}

async function measure(url: string, options: ThreadCpuOptions): Promise<ThreadCpuReport> {
  // Where resendkit goes through `fetch` (Bun, Deno), as the overhead suite does there.
  const transport = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false }).transport;
  if (transport === 'fetch' && options.stubWarmup > 0) await warmOnStub(options.stubWarmup, options.fused === true);
  const list = pick(url, options.fused === true);
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
