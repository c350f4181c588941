import type { IncidentSummary } from "../../../api/incident-types.ts";

/** The classification dialog's fields, as strings the way the inputs hold them ("" = not set). */
export interface ClassificationValues {
  typeCode: string;
  impact: string;
  likelihood: string;
  override: boolean;
  severity: string;
  reason: string;
  tlp: string;
  pap: string;
}

/** The body of `PATCH /incidents/{id}/classification`: only what changed. */
export interface ClassificationBody {
  typeCode?: string;
  impact?: number;
  likelihood?: number;
  overrideSeverity?: { severity: string; reason: string } | null;
  tlp?: string;
  pap?: string | null;
}

/** The dialog's starting values from the incident as it is. */
export function initialClassification(i: IncidentSummary): ClassificationValues {
  return {
    typeCode: i.typeCode,
    impact: i.impact ? String(i.impact) : "",
    likelihood: i.likelihood ? String(i.likelihood) : "",
    override: i.severityOverride === true,
    severity: i.severity,
    reason: i.severityOverride ? (i.severityReason ?? "") : "",
    tlp: i.tlp,
    pap: i.pap ?? "",
  };
}

/** The message keys of the dialog's own checks. */
export type ClassificationErrorKey = "extras.classification.reasonRequired" | "extras.classification.pairRequired";

/** Field → message key of its error. */
export type ClassificationErrors = Partial<Record<keyof ClassificationValues, ClassificationErrorKey>>;

/** Field errors as message keys: an override needs its reason; impact and likelihood go together. */
export function classificationErrors(v: ClassificationValues): ClassificationErrors {
  const errors: ClassificationErrors = {};
  if (v.override && v.reason.trim() === "") errors.reason = "extras.classification.reasonRequired";
  if ((v.impact === "") !== (v.likelihood === "")) {
    errors[v.impact === "" ? "impact" : "likelihood"] = "extras.classification.pairRequired";
  }
  return errors;
}

/** What changed between `before` and `after`, as the request body; null when nothing did. */
export function classificationChanges(
  before: ClassificationValues,
  after: ClassificationValues,
): ClassificationBody | null {
  const body: ClassificationBody = {};
  if (after.typeCode !== before.typeCode) body.typeCode = after.typeCode;
  // The server takes impact and likelihood as a pair.
  if (
    after.impact !== "" &&
    after.likelihood !== "" &&
    (after.impact !== before.impact || after.likelihood !== before.likelihood)
  ) {
    body.impact = Number(after.impact);
    body.likelihood = Number(after.likelihood);
  }
  if (after.override) {
    const reason = after.reason.trim();
    if (!before.override || after.severity !== before.severity || reason !== before.reason.trim()) {
      body.overrideSeverity = { severity: after.severity, reason };
    }
  } else if (before.override) {
    body.overrideSeverity = null;
  }
  if (after.tlp !== before.tlp) body.tlp = after.tlp;
  if (after.pap !== before.pap) body.pap = after.pap === "" ? null : after.pap;
  return Object.keys(body).length === 0 ? null : body;
}
