import { assertManageAssets } from "../../core/assets/policy.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { auditableServer, loadServerForUpdate } from "./asset-rules.ts";

/**
 * Deletes a server and its links to applications (the applications stay). Incidents refer to
 * applications, not servers, so nothing in a case history points at it; the audit event keeps
 * which applications ran on it.
 */
export async function deleteServer(ctx: CommandContext, input: { serverId: number }): Promise<void> {
  assertManageAssets(ctx.actor);
  const row = await loadServerForUpdate(ctx, input.serverId);
  const links = await ctx.db
    .selectFrom("application_servers")
    .select("application_id")
    .where("server_id", "=", row.id)
    .execute();
  await ctx.db.deleteFrom("application_servers").where("server_id", "=", row.id).execute();
  await ctx.db.deleteFrom("servers").where("id", "=", row.id).execute();
  await appendAudit(ctx, {
    action: "server.delete",
    entityType: "server",
    entityId: row.id,
    before: { ...auditableServer(row), application_ids: links.map((l) => l.application_id) },
    after: null,
  });
}
