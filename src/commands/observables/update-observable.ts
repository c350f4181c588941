import type { TlpLevel } from "../../core/taxonomy/tlp.ts";
import type { ObservableKind } from "../../core/workflow/catalogue.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import type { Observable } from "./list-observables.ts";
import {
  assertNotRecorded,
  auditableObservable,
  canonicalValue,
  checkedNote,
  loadEditableObservable,
} from "./observable-rules.ts";

export interface UpdateObservableInput {
  id: number;
  value?: string;
  tlp?: TlpLevel;
  /** null clears the note. */
  note?: string | null;
}

/** Corrects an observable's value, TLP or note; the kind stays (delete and add to change it). */
export async function updateObservable(ctx: CommandContext, input: UpdateObservableInput): Promise<Observable> {
  const before = await loadEditableObservable(ctx, input.id);
  const changes: { value?: string; tlp?: string; note?: string | null } = {};
  if (input.value !== undefined) {
    changes.value = canonicalValue(before.kind as ObservableKind, input.value);
    await assertNotRecorded(ctx, before.incident_id!, before.kind, changes.value, before.id);
  }
  if (input.tlp !== undefined) changes.tlp = input.tlp;
  if (input.note !== undefined) changes.note = checkedNote(input.note);
  if (Object.keys(changes).length === 0) return before;
  const after = await ctx.db
    .updateTable("observables")
    .set(changes)
    .where("id", "=", before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(ctx, {
    action: "observable.updated",
    entityType: "observable",
    entityId: after.id,
    before: auditableObservable(before),
    after: auditableObservable(after),
  });
  return after;
}
