import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ping } from "../../../db/dialect.ts";
import type { AppDeps } from "../../deps.ts";

/** `GET /healthz`: 200 once the database answers; 503 while shutting down or when it does not. */
export const healthRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/healthz",
      {
        schema: {
          operationId: "getHealth",
          tags: ["system"],
          summary: "Liveness and readiness",
          response: { 200: z.object({ status: z.literal("ok") }), 503: z.object({ status: z.literal("unavailable") }) },
        },
        config: { rateLimit: false },
      },
      async (_request, reply) => {
        if (deps.lifecycle.shuttingDown) return reply.status(503).send({ status: "unavailable" as const });
        try {
          await ping(deps.database.db);
          return { status: "ok" as const };
        } catch {
          return reply.status(503).send({ status: "unavailable" as const });
        }
      },
    );
  };
