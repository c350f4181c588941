import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { startServer } from "../../server.ts";

/** `sigap start`: migrate and serve until SIGTERM/SIGINT, then shut down gracefully. */
export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("Migrasi database lalu jalankan server / migrate the database and serve the web app and API")
    .option("-p, --port <port>", "port (default SIGAP_PORT or 3000)")
    .action(async (opts: { port?: string }) => {
      if (opts.port) process.env.SIGAP_PORT = opts.port;
      const server = await startServer(loadConfig());
      const shutdown = (signal: string) => {
        server.app.log.info({ signal }, "shutting down");
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            server.app.log.error({ err: error }, "shutdown failed");
            process.exit(1);
          },
        );
      };
      process.once("SIGTERM", () => shutdown("SIGTERM"));
      process.once("SIGINT", () => shutdown("SIGINT"));
    });
}
