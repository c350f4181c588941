import { z } from "zod";
import type { Observable } from "../../../commands/observables/list-observables.ts";
import { hashAlgorithm } from "../../../core/observables/normalise.ts";
import { REPORT_LIMITS } from "../../../core/reports/limits.ts";
import { TLP_LEVELS } from "../../../core/taxonomy/tlp.ts";
import { OBSERVABLE_KINDS } from "../../../core/workflow/catalogue.ts";
import { atLeastOneField } from "../../schemas/common.ts";

export const observableSchema = z.object({
  id: z.number().int(),
  incidentId: z.number().int().nullable(),
  reportId: z.number().int().nullable(),
  kind: z.enum(OBSERVABLE_KINDS),
  value: z.string(),
  hashAlgorithm: z.enum(["md5", "sha1", "sha256"]).nullable(),
  tlp: z.string(),
  source: z.string().describe("extracted (found in report text) | manual"),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

/** Row → API shape. */
export function presentObservable(row: Observable): z.infer<typeof observableSchema> {
  const kind = row.kind as (typeof OBSERVABLE_KINDS)[number];
  return {
    id: row.id,
    incidentId: row.incident_id,
    reportId: row.report_id,
    kind,
    value: row.value,
    hashAlgorithm: kind === "hash" ? hashAlgorithm(row.value) : null,
    tlp: row.tlp,
    source: row.source,
    note: row.note,
    createdBy: row.created_by_label,
    createdAt: row.created_at,
  };
}

export const observableListSchema = z.object({ items: z.array(observableSchema) });

const value = z
  .string()
  .min(1)
  .max(REPORT_LIMITS.observableValue)
  .describe("Defanged spellings (hxxp, [.]) are accepted");
const note = z.string().max(REPORT_LIMITS.observableNote);

export const addObservableBody = z.strictObject({
  kind: z.enum(OBSERVABLE_KINDS),
  value,
  tlp: z.enum(TLP_LEVELS).optional().describe("Default: the incident's TLP"),
  note: note.nullish(),
});

export const updateObservableBody = z
  .strictObject({ value: value.optional(), tlp: z.enum(TLP_LEVELS).optional(), note: note.nullable().optional() })
  .refine(atLeastOneField, { error: "nothing to change" });
