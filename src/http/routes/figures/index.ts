import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { queryContext } from "../../../commands/query-context.ts";
import { dashboardFigures } from "../../../figures/dashboard-figures.ts";
import type { AppDeps } from "../../deps.ts";
import { permitted } from "../../plugins/auth.ts";
import { figuresQuery, figuresSchema } from "./schema.ts";

/** `/figures`: the dashboard's numbers, for staff and leadership. */
export const figuresRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/",
      {
        preValidation: permitted("dashboard.read"),
        schema: {
          operationId: "getFigures",
          tags: ["figures"],
          summary: "Dashboard figures for a period",
          description:
            "Cases opened in the period (duplicates left out) by month of the team's zone, type, agency and severity; " +
            "time-standard compliance per SOP step; median and 90th percentile of the time to verify and to close; open work by step now.",
          querystring: figuresQuery,
          response: { 200: figuresSchema },
        },
      },
      async (request) => dashboardFigures(queryContext(deps, request.actor), request.query),
    );
  };
