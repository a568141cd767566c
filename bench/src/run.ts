/** Runs the selected suites and collects their figures with the machine and the config. */
import { type BulkResults, type BulkRun, measureBulk, measureScheduled } from './bulk.js';
import { type CodegenResult, measureCodegen } from './codegen.js';
import type { BenchConfig } from './config.js';
import { type DistributedResult, measureDistributed } from './distributed.js';
import { type GarbageResult, measureGarbage } from './garbage.js';
import { type LanesResult, measureLanes } from './lanes.js';
import { type LimiterRun, measureLimiter } from './limiter-accuracy.js';
import { type MachineInfo, machineInfo } from './machine.js';
import { type OverheadResult, measureOverhead } from './overhead.js';
import { type PaginationResult, measurePagination } from './pagination.js';
import { type QueueResult, measureQueue } from './queue.js';
import { type StartupResult, measureStartup } from './startup.js';

/** Everything `results.json` holds. */
export interface BenchResults {
  date: string;
  machine: MachineInfo;
  config: BenchConfig;
  overhead?: OverheadResult;
  garbage?: GarbageResult;
  startup?: StartupResult;
  limiter?: LimiterRun[];
  bulk?: BulkResults;
  /** `sendAll` of scheduled emails (sized like `bulk`). */
  scheduled?: BulkRun[];
  pagination?: PaginationResult;
  codegen?: CodegenResult;
  distributed?: DistributedResult;
  lanes?: LanesResult;
  queue?: QueueResult;
}

/** Runs `config.suites` in order, telling `log` what it starts. */
export async function runBench(
  config: BenchConfig,
  log: (line: string) => void = () => undefined,
): Promise<BenchResults> {
  const results: BenchResults = { date: new Date().toISOString(), machine: machineInfo(), config };
  for (const suite of config.suites) {
    const start = performance.now();
    log(`• ${suite}…`);
    if (suite === 'overhead') results.overhead = await measureOverhead(config.overhead, log);
    if (suite === 'garbage') results.garbage = await measureGarbage(config.garbage, { log });
    if (suite === 'startup') results.startup = await measureStartup(config.startup, { log });
    if (suite === 'limiter') results.limiter = await measureLimiter(config.limiter);
    if (suite === 'bulk') results.bulk = await measureBulk(config.bulk);
    if (suite === 'scheduled') results.scheduled = await measureScheduled(config.bulk);
    if (suite === 'pagination') results.pagination = await measurePagination(config.pagination);
    if (suite === 'codegen') results.codegen = await measureCodegen(config.codegen);
    if (suite === 'distributed') results.distributed = await measureDistributed(config.distributed);
    if (suite === 'lanes') results.lanes = await measureLanes(config.lanes);
    if (suite === 'queue') results.queue = await measureQueue(config.queue);
    log(`  done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  return results;
}
