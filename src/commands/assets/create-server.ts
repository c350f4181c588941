import { assertManageAssets } from "../../core/assets/policy.ts";
import type { Server, ServerLocation } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import {
  auditableServer,
  checkServerNameFree,
  nameConflictOr,
  normaliseAddresses,
  normaliseHostname,
} from "./asset-rules.ts";

export interface CreateServerInput {
  name: string;
  hostname?: string | null;
  addresses?: readonly string[];
  location?: ServerLocation;
  provider?: string | null;
  notes?: string | null;
}

/** Registers a server (unique name without regard to case; addresses and host name normalised). */
export async function createServer(ctx: CommandContext, input: CreateServerInput): Promise<Server> {
  assertManageAssets(ctx.actor);
  const name = input.name.trim();
  const hostname = normaliseHostname(input.hostname);
  const addresses = normaliseAddresses(input.addresses ?? []);
  await checkServerNameFree(ctx, name);
  const now = ctx.now.toISOString();
  let row: Server;
  try {
    row = await ctx.db
      .insertInto("servers")
      .values({
        name,
        hostname,
        addresses: JSON.stringify(addresses),
        location: input.location ?? "unknown",
        provider: input.provider?.trim() || null,
        notes: input.notes?.trim() || null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    throw nameConflictOr(error, "server", name);
  }
  await appendAudit(ctx, {
    action: "server.create",
    entityType: "server",
    entityId: row.id,
    before: null,
    after: auditableServer(row),
  });
  return row;
}
