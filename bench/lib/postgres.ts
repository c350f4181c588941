import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/*
 * A PostgreSQL for a benchmark: SIGAP_BENCH_PG_URL when set (an administrative URL; a database is
 * created on it and dropped afterwards), else a throwaway cluster started like scripts/test.sh
 * does, with settings for speed rather than durability (the benchmarks measure reads).
 */

export interface BenchPostgres {
  /** URL of a fresh, empty database. */
  url: string;
  /** The server's version string. */
  version: string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const row = (await client.query("show server_version")).rows[0] as { server_version: string };
  await client.end();
  return row.server_version;
}

/** Starts (or connects to) PostgreSQL and creates a database named `name`. */
export async function startBenchPostgres(name: string): Promise<BenchPostgres> {
  const given = process.env.SIGAP_BENCH_PG_URL;
  if (given) {
    const url = await createDatabase(given, name);
    return {
      url,
      version: await serverVersion(url),
      stop: async () => {
        const admin = new pg.Client({ connectionString: given });
        await admin.connect();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const versions = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(a) - Number(b))
    : [];
  const version = versions.at(-1);
  if (!version)
    throw new Error("PostgreSQL not found under /usr/lib/postgresql: install postgresql-15 or set SIGAP_BENCH_PG_URL");
  const bin = `/usr/lib/postgresql/${version}/bin`;
  const dir = mkdtempSync(join(tmpdir(), "sigap-bench-pg-"));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, "data"));
  mkdirSync(join(dir, "sock"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["postgres", join(dir, "data"), join(dir, "sock")]);
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  run(`${bin}/initdb`, [
    "-D",
    join(dir, "data"),
    "-U",
    "postgres",
    "-A",
    "trust",
    "--no-sync",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  run(`${bin}/pg_ctl`, [
    "-D",
    join(dir, "data"),
    "-l",
    join(dir, "data", "pg.log"),
    "-w",
    "-o",
    `-k ${join(dir, "sock")} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off ` +
      `-c full_page_writes=off -c shared_buffers=512MB -c work_mem=32MB -c maintenance_work_mem=512MB -c max_wal_size=4GB`,
    "start",
  ]);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const url = await createDatabase(adminUrl, name);
  return {
    url,
    version: await serverVersion(url),
    stop: async () => {
      run(`${bin}/pg_ctl`, ["-D", join(dir, "data"), "-m", "immediate", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
