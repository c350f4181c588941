import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { DialectName } from "../../src/db/connect.ts";
import { createTestDatabase, type TestDatabase } from "./databases.ts";

/** The `sigap` command as a person runs it. */
export const SIGAP_BIN = join(import.meta.dirname, "../../bin/sigap.js");

/** Each run starts Node and tsx afresh: seconds apiece on a busy machine. */
export const CLI_TIMEOUT = 180_000;

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sigap ARGS` in a child process with `env` added, optionally feeding standard input. */
export async function sigap(env: Record<string, string>, args: string[], input?: string): Promise<CliResult> {
  const child = run(process.execPath, [SIGAP_BIN, ...args], {
    env: { ...process.env, SIGAP_LOG_LEVEL: "silent", ...env },
  });
  if (input !== undefined) child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** A fresh, unmigrated database and data folder for CLI runs, and the environment that names them. */
export interface CliWorld {
  database: TestDatabase;
  dir: string;
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createCliWorld(dialect: DialectName): Promise<CliWorld> {
  const database = await createTestDatabase(dialect, { migrate: false });
  const dir = mkdtempSync(join(tmpdir(), "sigap-cli-"));
  return {
    database,
    dir,
    env: { SIGAP_DATABASE_URL: database.url, SIGAP_DATA_DIR: dir },
    drop: async () => {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
