/*
 * The server process of bench/intake.ts: the real `startServer` with the environment it is given
 * (temporary data directory, production durability, jobs as in production). Prints `READY <url>`
 * on stdout when it listens, and stops cleanly on SIGTERM (so a --cpu-prof profile is written).
 */
import { loadConfig } from "../src/config.ts";
import { startServer } from "../src/server.ts";

const server = await startServer(loadConfig(), { print: (text) => process.stderr.write(`${text}\n`) });
process.stdout.write(`READY ${server.url}\n`);

let stopping = false;
process.on("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  void server.stop().then(() => process.exit(0));
});
