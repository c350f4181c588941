import { extractObservables } from "../../core/observables/extract.ts";
import type { CommandContext } from "../context.ts";
import { insertRows } from "../../db/insert-rows.ts";

/** Label of observables found automatically in report text. */
export const EXTRACTOR_LABEL = "system:extractor";

export interface ExtractionTarget {
  incidentId: number;
  reportId: number;
  tlp: string;
  /** The incident's observables when the caller knows them (none, for a case it just opened); read when absent. */
  known?: ReadonlyArray<{ kind: string; value: string }>;
}

/**
 * Records the observables found in a report's text on its incident, with the report's TLP.
 * Values already recorded on the incident are not recorded again. Returns how many were added.
 */
export async function recordExtractedObservables(
  ctx: CommandContext,
  target: ExtractionTarget,
  texts: ReadonlyArray<string | null>,
): Promise<number> {
  const found = extractObservables(texts.filter((t): t is string => !!t).join("\n"));
  if (found.length === 0) return 0;
  const existing =
    target.known ??
    (await ctx.db
      .selectFrom("observables")
      .select(["kind", "value"])
      .where("incident_id", "=", target.incidentId)
      .execute());
  const known = new Set(existing.map((o) => `${o.kind}:${o.value}`));
  const fresh = found.filter((o) => !known.has(`${o.kind}:${o.value}`));
  if (fresh.length === 0) return 0;
  const now = ctx.now.toISOString();
  await insertRows(
    ctx.db,
    "observables",
    fresh.map((o) => ({
      incident_id: target.incidentId,
      report_id: target.reportId,
      kind: o.kind,
      value: o.value,
      tlp: target.tlp,
      source: "extracted",
      note: null,
      created_by_label: EXTRACTOR_LABEL,
      created_at: now,
    })),
  );
  return fresh.length;
}
