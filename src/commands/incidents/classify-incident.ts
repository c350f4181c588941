import { invalid } from "../../core/errors.ts";
import { deriveSeverity, type Severity } from "../../core/severity.ts";
import { INCIDENT_TYPES, type IncidentTypeCode } from "../../core/taxonomy/incident-types.ts";
import type { PapLevel } from "../../core/taxonomy/pap.ts";
import type { TlpLevel } from "../../core/taxonomy/tlp.ts";
import type { Updateable } from "kysely";
import type { Incident, IncidentsTable } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";
import { loadIncidentFor } from "./incident-access.ts";
import { updateIncident } from "./incident-changes.ts";

export interface ClassifyIncidentInput {
  incidentId: number;
  typeCode?: IncidentTypeCode;
  /** Impact and likelihood (1–5 each) together: the severity is derived from them. */
  impact?: number;
  likelihood?: number;
  ransomware?: boolean;
  /**
   * A manual severity that replaces the derived one, with its mandatory reason; `null` withdraws
   * an override and the severity is derived again.
   */
  overrideSeverity?: { severity: Severity; reason: string } | null;
  tlp?: TlpLevel;
  pap?: PapLevel | null;
}

/**
 * Classifies an incident: type (with its RSIT tag), severity from impact × likelihood (kritis for
 * an IIV asset or ransomware) or an overridden severity with its reason, TLP and PAP. Every change
 * is audited with before and after; an override's reason is part of the record.
 */
export async function classifyIncident(ctx: CommandContext, input: ClassifyIncidentInput): Promise<Incident> {
  const given = ["typeCode", "impact", "likelihood", "overrideSeverity", "tlp", "pap", "ransomware"].some(
    (k) => input[k as keyof ClassifyIncidentInput] !== undefined,
  );
  if (!given) throw invalid("incident.classification_empty");
  if ((input.impact === undefined) !== (input.likelihood === undefined)) {
    throw invalid("incident.assessment_pair", {}, [{ path: input.impact === undefined ? "impact" : "likelihood" }]);
  }
  const override = input.overrideSeverity;
  if (override && !override.reason.trim()) {
    throw invalid("incident.override_reason_required", {}, [{ path: "overrideSeverity.reason" }]);
  }
  const incident = await loadIncidentFor(ctx, input.incidentId, "incident.classify", { lock: true });

  const changes: Updateable<IncidentsTable> = {};
  if (input.typeCode !== undefined) {
    changes.type_code = input.typeCode;
    changes.rsit = INCIDENT_TYPES[input.typeCode].primaryRsit;
  }
  if (input.tlp !== undefined) changes.tlp = input.tlp;
  if (input.pap !== undefined) changes.pap = input.pap;
  const impact = input.impact ?? incident.impact;
  const likelihood = input.likelihood ?? incident.likelihood;
  if (input.impact !== undefined) changes.impact = input.impact;
  if (input.likelihood !== undefined) changes.likelihood = input.likelihood;

  if (override) {
    changes.severity = override.severity;
    changes.severity_override = 1;
    changes.severity_reason = override.reason.trim();
  } else {
    const keepOverride = incident.severity_override === 1 && override === undefined;
    if (override === null) {
      changes.severity_override = 0;
      changes.severity_reason = null;
    }
    if (!keepOverride && impact !== null && likelihood !== null) {
      changes.severity = deriveSeverity({
        impact,
        likelihood,
        iivAsset: incident.iiv === 1,
        ransomware: input.ransomware === true,
      }).severity;
    }
  }
  return updateIncident(ctx, incident, changes, "incident.classified");
}
