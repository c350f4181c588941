import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { queryContext } from "../../../commands/query-context.ts";
import { searchIncidents } from "../../../search/search-incidents.ts";
import type { AppDeps } from "../../deps.ts";
import { permitted } from "../../plugins/auth.ts";
import { searchPageSchema, searchQuery } from "./schema.ts";

/** `/search`: full-text search over incidents and their reports, with filters and keyset pages. */
export const searchRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/",
      {
        preValidation: permitted("incident.read"),
        schema: {
          operationId: "searchIncidents",
          tags: ["search"],
          summary: "Search incidents and reports",
          description:
            "Newest first. Words are matched in incident titles and codes and in report titles, descriptions, chronologies, " +
            "affected URLs and domains and reporter organisations; every word must match and the last one also as a prefix.",
          querystring: searchQuery,
          response: { 200: searchPageSchema },
        },
      },
      async (request) => searchIncidents(queryContext(deps, request.actor), request.query),
    );
  };
