import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { runCommand } from "../../../commands/context.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { createUser } from "../../../commands/users/create-user.ts";
import { getUser } from "../../../commands/users/get-user.ts";
import { listUsers } from "../../../commands/users/list-users.ts";
import { resetPassword } from "../../../commands/users/reset-password.ts";
import { updateUser } from "../../../commands/users/update-user.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, permitted, signedIn } from "../../plugins/auth.ts";
import { idParams } from "../../schemas/common.ts";
import {
  createdUser,
  createUserBody,
  listUsersQuery,
  presentUser,
  resetPasswordBody,
  resetPasswordResult,
  updateUserBody,
  userPage,
  userSchema,
} from "./schema.ts";

const tags = ["users"];

/** `/users`: accounts. Administrators manage them; staff read them; partners see their own organisation's. */
export const userRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/",
      {
        preValidation: permitted("user.read"),
        schema: {
          operationId: "listUsers",
          tags,
          summary: "List users",
          querystring: listUsersQuery,
          response: { 200: userPage },
        },
      },
      async (request) => {
        const { items, total } = await listUsers(queryContext(deps, request.actor), request.query);
        return { items: items.map(presentUser), total, page: request.query.page, pageSize: request.query.pageSize };
      },
    );

    app.post(
      "/",
      {
        preValidation: permitted("user.manage"),
        schema: {
          operationId: "createUser",
          tags,
          summary: "Create a user",
          body: createUserBody,
          response: { 201: createdUser },
        },
      },
      async (request, reply) => {
        const result = await runCommand(deps, commandMeta(request), (ctx) => createUser(ctx, request.body));
        return reply.status(201).send({ user: presentUser(result.user), password: result.password });
      },
    );

    app.get(
      "/:id",
      {
        preValidation: signedIn(),
        schema: { operationId: "getUser", tags, summary: "One user", params: idParams, response: { 200: userSchema } },
      },
      async (request) => presentUser(await getUser(queryContext(deps, request.actor), { userId: request.params.id })),
    );

    app.patch(
      "/:id",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "updateUser",
          tags,
          summary: "Change a user (role, name, disabled…)",
          params: idParams,
          body: updateUserBody,
          response: { 200: userSchema },
        },
      },
      async (request) => {
        const user = await runCommand(deps, commandMeta(request), (ctx) =>
          updateUser(ctx, { ...request.body, userId: request.params.id }),
        );
        return presentUser(user);
      },
    );

    app.post(
      "/:id/password-reset",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "resetUserPassword",
          tags,
          summary: "Reset a user's password (clears the lockout; the user must change it at next login)",
          params: idParams,
          body: resetPasswordBody,
          response: { 200: resetPasswordResult },
        },
      },
      async (request) =>
        runCommand(deps, commandMeta(request), (ctx) =>
          resetPassword(ctx, { userId: request.params.id, password: request.body?.password }),
        ),
    );
  };
