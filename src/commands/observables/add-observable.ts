import type { TlpLevel } from "../../core/taxonomy/tlp.ts";
import type { ObservableKind } from "../../core/workflow/catalogue.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadIncidentForEvidence } from "../evidence/incident-access.ts";
import type { Observable } from "./list-observables.ts";
import { assertNotRecorded, auditableObservable, canonicalValue, checkedNote } from "./observable-rules.ts";

export interface AddObservableInput {
  incidentId: number;
  kind: ObservableKind;
  /** As typed; defanged spellings are accepted and stored in canonical form. */
  value: string;
  /** Default: the incident's TLP. */
  tlp?: TlpLevel | null;
  note?: string | null;
}

/** An analyst records an observable by hand (409 when the incident already has it). */
export async function addObservable(ctx: CommandContext, input: AddObservableInput): Promise<Observable> {
  const incident = await loadIncidentForEvidence(ctx, input.incidentId, "edit_observables");
  const value = canonicalValue(input.kind, input.value);
  const note = checkedNote(input.note);
  await assertNotRecorded(ctx, incident.id, input.kind, value);
  const observable = await ctx.db
    .insertInto("observables")
    .values({
      incident_id: incident.id,
      report_id: null,
      kind: input.kind,
      value,
      tlp: input.tlp ?? incident.tlp,
      source: "manual",
      note,
      created_by_label: ctx.actor.type === "user" ? ctx.actor.username : "system",
      created_at: ctx.now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(ctx, {
    action: "observable.added",
    entityType: "observable",
    entityId: observable.id,
    before: null,
    after: auditableObservable(observable),
  });
  return observable;
}
