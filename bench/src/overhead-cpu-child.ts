/** The process `measureCpuInChild` forks: measures with the config in OVERHEAD_CPU_CONFIG, sends the rows, exits. */
import { measureCpu } from './overhead-cpu.js';
import type { OverheadConfig } from './overhead-clients.js';

const rows = await measureCpu(JSON.parse(process.env.OVERHEAD_CPU_CONFIG ?? '{}') as OverheadConfig);
process.send?.(rows, () => process.exit(0));
