import { notFound } from "../../core/errors.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadIncidentFor } from "../incidents/incident-access.ts";

/** Revokes a signed link at once (a second revoke changes nothing). By an analyst or the lead; audited. */
export async function revokeAccessLink(
  ctx: CommandContext,
  input: { linkId: number },
): Promise<{ id: number; revokedAt: string }> {
  const link = await ctx.db.selectFrom("access_links").selectAll().where("id", "=", input.linkId).executeTakeFirst();
  if (!link) throw notFound("access_link");
  await loadIncidentFor(ctx, link.incident_id, "incident.access_link");
  if (link.revoked_at !== null) return { id: link.id, revokedAt: link.revoked_at };
  const revokedAt = ctx.now.toISOString();
  await ctx.db.updateTable("access_links").set({ revoked_at: revokedAt }).where("id", "=", link.id).execute();
  await appendAudit(ctx, {
    action: "access_link.revoked",
    entityType: "incident",
    entityId: link.incident_id,
    detail: { linkId: link.id, step: link.step_code, partyRole: link.party_role },
  });
  return { id: link.id, revokedAt };
}
