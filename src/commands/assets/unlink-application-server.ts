import { assertManageAssets } from "../../core/assets/policy.ts";
import { notFound } from "../../core/errors.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadApplicationForUpdate } from "./asset-rules.ts";

/** Records that an application no longer runs on a server; 404 when it was not recorded as running there. */
export async function unlinkApplicationServer(
  ctx: CommandContext,
  input: { applicationId: number; serverId: number },
): Promise<void> {
  assertManageAssets(ctx.actor);
  const app = await loadApplicationForUpdate(ctx, input.applicationId);
  const server = await ctx.db
    .selectFrom("servers")
    .select(["id", "name"])
    .where("id", "=", input.serverId)
    .executeTakeFirst();
  if (!server) throw notFound("server");
  const deleted = await ctx.db
    .deleteFrom("application_servers")
    .where("application_id", "=", app.id)
    .where("server_id", "=", server.id)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw notFound("server");
  await appendAudit(ctx, {
    action: "application.server_unlink",
    entityType: "application",
    entityId: app.id,
    detail: { serverId: server.id, server: server.name },
  });
}
