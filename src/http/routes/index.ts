import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppDeps } from "../deps.ts";
import { authRoutes } from "./auth/index.ts";
import { organisationRoutes } from "./organisations/index.ts";
import { tokenRoutes } from "./tokens/index.ts";
import { userRoutes } from "./users/index.ts";

/** Every `/api/v1` route area, each registering itself. */
export const registerApiRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(authRoutes(deps), { prefix: "/auth" });
    await app.register(userRoutes(deps), { prefix: "/users" });
    await app.register(organisationRoutes(deps), { prefix: "/organisations" });
    await app.register(tokenRoutes(deps), { prefix: "/tokens" });
  };
