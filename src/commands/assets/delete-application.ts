import { assertManageAssets } from "../../core/assets/policy.ts";
import { conflict } from "../../core/errors.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { auditableApplication, loadApplicationForUpdate, urlsOf } from "./asset-rules.ts";

/**
 * Deletes an application with its URLs and server links. One that incidents or reports refer to
 * is refused with 409: the case history must keep pointing at it, so it is retired instead.
 */
export async function deleteApplication(ctx: CommandContext, input: { applicationId: number }): Promise<void> {
  assertManageAssets(ctx.actor);
  const row = await loadApplicationForUpdate(ctx, input.applicationId);
  const [incidents, reports] = await Promise.all([
    ctx.db
      .selectFrom("incidents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("application_id", "=", row.id)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("application_id", "=", row.id)
      .executeTakeFirstOrThrow(),
  ]);
  if (Number(incidents.n) > 0 || Number(reports.n) > 0) {
    throw conflict("asset.application_in_use", { incidents: Number(incidents.n), reports: Number(reports.n) });
  }
  const urls = await urlsOf(ctx, row.id);
  const servers = await ctx.db
    .selectFrom("application_servers")
    .select("server_id")
    .where("application_id", "=", row.id)
    .execute();
  await ctx.db.deleteFrom("application_servers").where("application_id", "=", row.id).execute();
  await ctx.db.deleteFrom("application_urls").where("application_id", "=", row.id).execute();
  await ctx.db.deleteFrom("applications").where("id", "=", row.id).execute();
  await appendAudit(ctx, {
    action: "application.delete",
    entityType: "application",
    entityId: row.id,
    before: { ...auditableApplication(row, urls), server_ids: servers.map((s) => s.server_id) },
    after: null,
  });
}
