import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { runCommand } from "../../../commands/context.ts";
import { getPublicProfile, getSopInUse, getTeamSettings } from "../../../commands/settings/get-settings.ts";
import { updateTeamSettings } from "../../../commands/settings/update-settings.ts";
import { queryContext } from "../../../commands/query-context.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, permitted, signedIn } from "../../plugins/auth.ts";
import { listProblemsInRequestLanguage } from "../../presenters/problems.ts";
import { presentSop, publicProfileSchema, settingsPatchBody, settingsSchema, sopSchema } from "./schema.ts";

const tags = ["settings"];

/** `/settings`, `/sop` and `/public/profile`: the team's settings, the SOP in use, and its public profile. */
export const settingsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    listProblemsInRequestLanguage(app);

    app.get(
      "/settings",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "getSettings",
          tags,
          summary: "The team's settings (staff and leadership)",
          response: { 200: settingsSchema },
        },
      },
      async (request) => getTeamSettings(queryContext(deps, request.actor)),
    );

    app.patch(
      "/settings",
      {
        preValidation: permitted("settings.manage"),
        schema: {
          operationId: "updateSettings",
          tags,
          summary:
            "Change the team's settings (administrators); all problems are listed, nothing changes if there is one",
          body: settingsPatchBody,
          response: { 200: settingsSchema },
        },
      },
      async (request) => runCommand(deps, commandMeta(request), (ctx) => updateTeamSettings(ctx, request.body)),
    );

    app.get(
      "/sop",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "getSop",
          tags,
          summary: "The SOP definition in use: steps, owners, time standards",
          response: { 200: sopSchema },
        },
      },
      async (request) => presentSop(await getSopInUse(queryContext(deps, request.actor))),
    );

    app.get(
      "/public/profile",
      {
        schema: {
          operationId: "getPublicProfile",
          tags: ["public"],
          summary: "The team's public profile: name, contact, constituency, hours",
          response: { 200: publicProfileSchema },
        },
      },
      async () => getPublicProfile({ db: deps.database.db }),
    );
  };
