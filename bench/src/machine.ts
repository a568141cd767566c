/** The machine a run happened on, recorded next to every figure. */
import { arch, cpus, platform, release, totalmem } from 'node:os';

/** What `results.json` records about the machine. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  node: string;
  platform: string;
  arch: string;
  osRelease: string;
  memoryGiB: number;
}

/** Reads the machine's description. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    platform: platform(),
    arch: arch(),
    osRelease: release(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  };
}
