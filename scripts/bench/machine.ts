/** What the figures were measured on: they mean little without the machine. */
import os from 'node:os';

export interface MachineInfo {
  readonly date: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  readonly browser: string;
  /** 1-minute load average when the run started: a busy machine slows every figure. */
  readonly loadAverage: number;
}

export function machineInfo(browser: string, loadAverage: number): MachineInfo {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    browser: `${browser} (headless)`,
    loadAverage: Number(loadAverage.toFixed(2)),
  };
}
