import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { auditableObservable, loadEditableObservable } from "./observable-rules.ts";

/** Removes an observable recorded in error; the audit log keeps what it was. */
export async function deleteObservable(ctx: CommandContext, input: { id: number }): Promise<void> {
  const before = await loadEditableObservable(ctx, input.id);
  await ctx.db.deleteFrom("observables").where("id", "=", before.id).execute();
  await appendAudit(ctx, {
    action: "observable.deleted",
    entityType: "observable",
    entityId: before.id,
    before: auditableObservable(before),
    after: null,
  });
}
