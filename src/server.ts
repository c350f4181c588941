import { mkdirSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import type { Config } from "./config.ts";
import { systemClock, type Clock } from "./core/clock.ts";
import { ensureFirstAdmin } from "./commands/users/ensure-first-admin.ts";
import { ensureHolidaysSeeded } from "./commands/holidays/ensure-holidays-seeded.ts";
import { openDatabase, type Database } from "./db/connect.ts";
import { migrateUp } from "./db/migrate.ts";
import { buildApp } from "./http/app.ts";
import { createJobRunner } from "./jobs/runner.ts";
import { scheduleTimerWatches } from "./jobs/handlers/sla-watcher.ts";
import { jobHandlers } from "./jobs/registry.ts";

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  /** The address the server listens on, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** Stops taking requests, finishes those in flight and the running jobs, then closes the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Where start-up messages for the operator go (the first administrator's password among them). */
  print?: (text: string) => void;
}

/** Migrates, makes the first administrator on an empty database, serves HTTP and runs the jobs. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const print = options.print ?? ((text: string) => process.stdout.write(text + "\n"));
  mkdirSync(config.dataDir, { recursive: true });
  const database = openDatabase(config.databaseUrl);
  await migrateUp(database);

  const admin = await ensureFirstAdmin({ database, clock });
  await ensureHolidaysSeeded({ database, clock });
  const lifecycle = { shuttingDown: false };
  const app = await buildApp({ config, database, clock, lifecycle });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;

  const runner = config.jobs ? createJobRunner({ database, clock, handlers: jobHandlers(), logger: app.log }) : null;
  runner?.start();
  // The SLA and legal-timer watchers then keep themselves going, one run a minute.
  if (runner) await scheduleTimerWatches(database.db, clock.now());

  print(`Sigap berjalan di ${url} (database: ${database.displayUrl})`);
  if (admin) {
    print(
      [
        "",
        "  Administrator pertama dibuat / first administrator created:",
        `    masuk / sign in:   ${url}/login`,
        `    pengguna / user:   ${admin.username}`,
        `    kata sandi / password: ${admin.password}`,
        "  Kata sandi sekali pakai: ganti saat masuk pertama. Tidak akan ditampilkan lagi.",
        "  One-time password: choose a new one at first sign-in. It is not shown again.",
        "",
      ].join("\n"),
    );
  }

  let stopping: Promise<void> | undefined;
  return {
    app,
    database,
    url,
    stop: () =>
      (stopping ??= (async () => {
        lifecycle.shuttingDown = true;
        await app.close();
        await runner?.stop();
        await database.close();
      })()),
  };
}
