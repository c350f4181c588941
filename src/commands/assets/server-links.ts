import { invalid } from "../../core/errors.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";

/**
 * Records that an application runs on these servers (those not yet recorded), one audit event per
 * new link; returns how many were added. 400 when a server does not exist.
 */
export async function linkServers(
  ctx: CommandContext,
  applicationId: number,
  serverIds: readonly number[],
): Promise<number> {
  const wanted = [...new Set(serverIds)];
  if (wanted.length === 0) return 0;
  const servers = await ctx.db.selectFrom("servers").select(["id", "name"]).where("id", "in", wanted).execute();
  const missing = wanted.find((id) => !servers.some((s) => s.id === id));
  if (missing !== undefined) throw invalid("asset.server_not_found", { serverId: missing });
  const existing = await ctx.db
    .selectFrom("application_servers")
    .select("server_id")
    .where("application_id", "=", applicationId)
    .where("server_id", "in", wanted)
    .execute();
  let added = 0;
  for (const server of servers) {
    if (existing.some((e) => e.server_id === server.id)) continue;
    // A concurrent link of the same pair is not an error: the link exists either way.
    const inserted = await ctx.db
      .insertInto("application_servers")
      .values({ application_id: applicationId, server_id: server.id })
      .onConflict((oc) => oc.columns(["application_id", "server_id"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue;
    await appendAudit(ctx, {
      action: "application.server_link",
      entityType: "application",
      entityId: applicationId,
      detail: { serverId: server.id, server: server.name },
    });
    added += 1;
  }
  return added;
}
