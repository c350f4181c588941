import { assertManageAssets } from "../../core/assets/policy.ts";
import { notFound } from "../../core/errors.ts";
import type { CommandContext } from "../context.ts";
import { loadApplicationForUpdate } from "./asset-rules.ts";
import { linkServers } from "./server-links.ts";

/** Records that an application runs on a server; doing it twice is not an error. Returns whether it was new. */
export async function linkApplicationServer(
  ctx: CommandContext,
  input: { applicationId: number; serverId: number },
): Promise<boolean> {
  assertManageAssets(ctx.actor);
  const app = await loadApplicationForUpdate(ctx, input.applicationId);
  const server = await ctx.db.selectFrom("servers").select("id").where("id", "=", input.serverId).executeTakeFirst();
  if (!server) throw notFound("server");
  return (await linkServers(ctx, app.id, [server.id])) > 0;
}
