import { assertManageAssets } from "../../core/assets/policy.ts";
import type { Server, ServerLocation } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import {
  auditableServer,
  checkServerNameFree,
  loadServerForUpdate,
  nameConflictOr,
  normaliseAddresses,
  normaliseHostname,
} from "./asset-rules.ts";

/** Fields left out stay as they are; `null` clears an optional field; `addresses` replaces the list. */
export interface UpdateServerInput {
  serverId: number;
  name?: string;
  hostname?: string | null;
  addresses?: readonly string[];
  location?: ServerLocation;
  provider?: string | null;
  notes?: string | null;
  /** A retired server no longer counts when co-tenants at risk are listed. */
  retired?: boolean;
}

/** Changes a server; a change that changes nothing writes nothing. */
export async function updateServer(ctx: CommandContext, input: UpdateServerInput): Promise<Server> {
  assertManageAssets(ctx.actor);
  const before = await loadServerForUpdate(ctx, input.serverId);
  const name = input.name?.trim() ?? before.name;
  if (name.toLowerCase() !== before.name.toLowerCase()) await checkServerNameFree(ctx, name, before.id);
  const fields = {
    name,
    hostname: input.hostname !== undefined ? normaliseHostname(input.hostname) : before.hostname,
    addresses: input.addresses !== undefined ? JSON.stringify(normaliseAddresses(input.addresses)) : before.addresses,
    location: input.location ?? before.location,
    provider: input.provider !== undefined ? input.provider?.trim() || null : before.provider,
    notes: input.notes !== undefined ? input.notes?.trim() || null : before.notes,
    retired_at:
      input.retired === undefined
        ? before.retired_at
        : input.retired
          ? (before.retired_at ?? ctx.now.toISOString())
          : null,
  };
  if ((Object.keys(fields) as (keyof typeof fields)[]).every((k) => fields[k] === before[k])) return before;
  let after: Server;
  try {
    after = await ctx.db
      .updateTable("servers")
      .set({ ...fields, updated_at: ctx.now.toISOString() })
      .where("id", "=", before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    throw nameConflictOr(error, "server", name);
  }
  await appendAudit(ctx, {
    action:
      before.retired_at === null && after.retired_at !== null
        ? "server.retire"
        : before.retired_at !== null && after.retired_at === null
          ? "server.unretire"
          : "server.update",
    entityType: "server",
    entityId: after.id,
    before: auditableServer(before),
    after: auditableServer(after),
  });
  return after;
}
