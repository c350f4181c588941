import { conflict, invalid, notFound } from "../../core/errors.ts";
import { normaliseObservable } from "../../core/observables/normalise.ts";
import { REPORT_LIMITS } from "../../core/reports/limits.ts";
import { charCount, isStorableText } from "../../core/reports/schema.ts";
import type { ObservableKind } from "../../core/workflow/catalogue.ts";
import type { CommandContext } from "../context.ts";
import { loadIncidentForEvidence } from "../evidence/incident-access.ts";
import type { Observable } from "./list-observables.ts";

/** The canonical value, or 400 with the kind named. */
export function canonicalValue(kind: ObservableKind, raw: string): string {
  const value = normaliseObservable(kind, raw);
  if (value === null) throw invalid("observable.invalid_value", { kind, value: raw.slice(0, 100) });
  return value;
}

/** A note as given (trimmed), null when blank; 400 when too long or not storable. */
export function checkedNote(note: string | null | undefined): string | null {
  const text = note?.trim() ?? "";
  if (text === "") return null;
  if (charCount(text) > REPORT_LIMITS.observableNote || !isStorableText(text)) {
    throw invalid("error.validation_failed", {}, [
      { in: "body", path: "note", message: `at most ${REPORT_LIMITS.observableNote} characters` },
    ]);
  }
  return text;
}

/** 409 when the incident already records this value. */
export async function assertNotRecorded(
  ctx: CommandContext,
  incidentId: number,
  kind: string,
  value: string,
  exceptId?: number,
): Promise<void> {
  let query = ctx.db
    .selectFrom("observables")
    .select("id")
    .where("incident_id", "=", incidentId)
    .where("kind", "=", kind)
    .where("value", "=", value);
  if (exceptId !== undefined) query = query.where("id", "!=", exceptId);
  if (await query.executeTakeFirst()) throw conflict("observable.duplicate", { kind, value });
}

/** Loads an observable the actor may edit (through its incident: 404 when invisible, 403 without the role). */
export async function loadEditableObservable(ctx: CommandContext, id: number): Promise<Observable> {
  const observable = await ctx.db.selectFrom("observables").selectAll().where("id", "=", id).executeTakeFirst();
  if (!observable || observable.incident_id === null) throw notFound("observable");
  await loadIncidentForEvidence(ctx, observable.incident_id, "edit_observables");
  return observable;
}

/** The fields of an observable the audit log records. */
export const auditableObservable = (o: Pick<Observable, "kind" | "value" | "tlp" | "note" | "incident_id">) => ({
  kind: o.kind,
  value: o.value,
  tlp: o.tlp,
  note: o.note,
  incident_id: o.incident_id,
});
