import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { runCommand } from "../../../commands/context.ts";
import { addHoliday } from "../../../commands/holidays/add-holiday.ts";
import { HOLIDAY_KINDS } from "../../../commands/holidays/holiday-rules.ts";
import { listHolidays } from "../../../commands/holidays/list-holidays.ts";
import { removeHoliday } from "../../../commands/holidays/remove-holiday.ts";
import { queryContext } from "../../../commands/query-context.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, permitted, signedIn } from "../../plugins/auth.ts";
import { noContent } from "../../schemas/common.ts";

const tags = ["settings"];

const holidaySchema = z.object({
  date: z.string().describe("Local date in the team's time zone, YYYY-MM-DD"),
  name: z.string(),
  kind: z.enum(HOLIDAY_KINDS),
  provisional: z.boolean().describe("Shipped with Sigap as an estimate, before the official decree"),
});

const dateText = z.string().max(10).describe("YYYY-MM-DD");

/** `/holidays`: the days off the business calendar skips when it counts working days. */
export const holidayRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "listHolidays",
          tags,
          summary: "The team's holidays, of one year or all",
          querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: z.object({ items: z.array(holidaySchema) }) },
        },
      },
      async (request) => ({ items: await listHolidays(queryContext(deps, request.actor), request.query) }),
    );

    app.post(
      "/",
      {
        preValidation: permitted("settings.manage"),
        schema: {
          operationId: "addHoliday",
          tags,
          summary: "Add a holiday (administrators); steps started from now on count around it",
          body: z.strictObject({
            date: dateText,
            name: z.string().trim().min(1).max(200),
            kind: z.enum(HOLIDAY_KINDS).default("local"),
          }),
          response: { 201: holidaySchema },
        },
      },
      async (request, reply) => {
        const holiday = await runCommand(deps, commandMeta(request), (ctx) => addHoliday(ctx, request.body));
        return reply.status(201).send(holiday);
      },
    );

    app.delete(
      "/:date",
      {
        preValidation: permitted("settings.manage"),
        schema: {
          operationId: "removeHoliday",
          tags,
          summary: "Make a day a working day again (administrators)",
          params: z.strictObject({ date: dateText }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) => removeHoliday(ctx, { date: request.params.date }));
        return reply.status(204).send(null);
      },
    );
  };
