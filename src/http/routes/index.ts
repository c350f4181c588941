import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppDeps } from "../deps.ts";

/** Every `/api/v1` route area, each registering itself. */
export const registerApiRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    void deps;
    void app;
  };
