import { assertReadAssets } from "../../core/assets/policy.ts";
import { notFound } from "../../core/errors.ts";
import type { Server } from "../../db/schema.ts";
import type { QueryContext } from "../query-context.ts";
import { visibleApplications, visibleServers } from "./asset-rules.ts";

/** An application as listed on a server's page. */
export interface HostedApplication {
  id: number;
  name: string;
  retired: boolean;
}

export interface ServerDetail {
  server: Server;
  /** The applications on it that the actor may see. */
  applications: HostedApplication[];
}

/** The applications on these servers that the actor may see, by server id. */
export async function hostedApplications(
  ctx: QueryContext,
  serverIds: readonly number[],
): Promise<Map<number, HostedApplication[]>> {
  const map = new Map<number, HostedApplication[]>();
  if (serverIds.length === 0) return map;
  const rows = await ctx.db
    .selectFrom("applications")
    .innerJoin("application_servers", "application_servers.application_id", "applications.id")
    .select(["application_servers.server_id", "applications.id", "applications.name", "applications.retired_at"])
    .where("application_servers.server_id", "in", serverIds)
    .where(visibleApplications(ctx.actor))
    .orderBy("applications.name")
    .execute();
  for (const r of rows) {
    const list = map.get(r.server_id) ?? [];
    list.push({ id: r.id, name: r.name, retired: r.retired_at !== null });
    map.set(r.server_id, list);
  }
  return map;
}

/** One server with the applications on it; 404 if the actor may not see it. */
export async function getServer(ctx: QueryContext, input: { serverId: number }): Promise<ServerDetail> {
  assertReadAssets(ctx.actor);
  const server = await ctx.db
    .selectFrom("servers")
    .selectAll()
    .where("id", "=", input.serverId)
    .where(visibleServers(ctx.actor))
    .executeTakeFirst();
  if (!server) throw notFound("server");
  const hosted = await hostedApplications(ctx, [server.id]);
  return { server, applications: hosted.get(server.id) ?? [] };
}
