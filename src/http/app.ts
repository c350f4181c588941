import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { LogController, type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { AppDeps } from "./deps.ts";
import { registerErrorHandling } from "./errors.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import { authPlugin } from "./plugins/auth.ts";
import { registerApiRoutes } from "./routes/index.ts";
import { healthRoutes } from "./routes/health/index.ts";
import { webRoutes } from "./routes/web/index.ts";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the Fastify application: plugins, error handling, OpenAPI and every route. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.config.logLevel === "silent"
        ? false
        : { level: deps.config.logLevel, redact: ["req.headers.authorization", "req.headers.cookie"] },
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    // Honour a caller's request id when it is safe to log; otherwise make one.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: "requestId" }),
    return503OnClosing: true,
    forceCloseConnections: "idle",
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, { bodyLimit: deps.config.bodyLimitBytes });

  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Sigap API",
        version: "1",
        description:
          'Cyber-incident reporting and handling for government CSIRTs. Errors are `{"error":{"code","message","details?"}}`; messages follow Accept-Language (id default, en).',
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "sigap_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } });

  await app.register(authPlugin(deps));
  await app.register(healthRoutes(deps));
  await app.register(registerApiRoutes(deps), { prefix: "/api/v1" });
  await app.register(webRoutes());
  return app;
}
