import { assertReadAssets } from "../../core/assets/policy.ts";
import type { ServerLocation } from "../../db/schema.ts";
import { containsPattern, lowerLike } from "../like-pattern.ts";
import type { QueryContext } from "../query-context.ts";
import { visibleServers } from "./asset-rules.ts";
import { hostedApplications, type ServerDetail } from "./get-server.ts";

export interface ListServersInput {
  /** Part of the name, host name or an address. */
  q?: string;
  location?: ServerLocation;
  includeRetired?: boolean;
  page: number;
  pageSize: number;
}

/** A page of the servers the actor may see, by name, each with the applications on it. */
export async function listServers(
  ctx: QueryContext,
  input: ListServersInput,
): Promise<{ items: ServerDetail[]; total: number }> {
  assertReadAssets(ctx.actor);
  let query = ctx.db.selectFrom("servers").where(visibleServers(ctx.actor));
  if (!input.includeRetired) query = query.where("servers.retired_at", "is", null);
  if (input.location) query = query.where("servers.location", "=", input.location);
  if (input.q) {
    const pattern = containsPattern(input.q);
    query = query.where((eb) =>
      eb.or([
        lowerLike("servers.name", pattern),
        lowerLike("servers.hostname", pattern),
        lowerLike("servers.addresses", pattern),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll("servers")
      .orderBy("servers.name")
      .orderBy("servers.id")
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const hosted = await hostedApplications(
    ctx,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((server) => ({ server, applications: hosted.get(server.id) ?? [] })),
    total: Number(count.n),
  };
}
