import { readFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";
import SqliteDatabase from "better-sqlite3";

/** What a result was measured on, for bench/README.md. */
export interface Machine {
  cpus: number;
  memoryGb: number;
  cpuModel: string;
  node: string;
  sqlite: string;
}

/** The machine description: `nproc`, memory, CPU model (/proc/cpuinfo), Node and SQLite versions. */
export function describeMachine(): Machine {
  let cpuModel = "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) cpuModel = line.split(":").slice(1).join(":").trim();
  } catch {
    // Not Linux: the model stays unknown.
  }
  const memory = new SqliteDatabase(":memory:");
  const sqlite = (memory.prepare("select sqlite_version() as v").get() as { v: string }).v;
  memory.close();
  return {
    cpus: availableParallelism(),
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel,
    node: process.version,
    sqlite,
  };
}

/** One line for the README. */
export const machineLine = (m: Machine, extra = ""): string =>
  `${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB RAM, Node ${m.node}, SQLite ${m.sqlite}${extra}`;

/** The 1-minute load average now: other work on the machine skews every figure. */
export const loadAverage = (): string => loadavg()[0]!.toFixed(2);

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
export function processCpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces) start at state: utime and stime are 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Clock ticks per second of /proc times (USER_HZ; 100 on Linux). */
const CLOCK_TICKS = 100;
