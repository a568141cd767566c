/** Entry of each `pnpm demo --workers N` worker process (forked by workers.ts with its job in the env). */
import { type WorkerJob, workerMain } from './workers.js';

await workerMain(JSON.parse(process.env.DEMO_WORKER_JOB ?? '{}') as WorkerJob);
