import type { Config } from "../config.ts";
import type { Clock } from "../core/clock.ts";
import type { Database } from "../db/connect.ts";

/** What the HTTP layer needs from the rest of the process. */
export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  lifecycle: { shuttingDown: boolean };
}
