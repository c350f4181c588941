import { deriveSeverity } from "../../../core/severity.ts";
import { INCIDENT_TYPES } from "../../../core/taxonomy/incident-types.ts";
import type { StepEffectInput, StepEffectResult } from "./types.ts";
import { requireAssignableUser } from "../workflow-lookups.ts";

/** Step 2: the forwarding note; an assignee named here owns the incident and its verification. */
export async function forwardEffect({ ctx, output }: StepEffectInput<"forward">): Promise<StepEffectResult> {
  if (output.assigneeUserId === undefined) return { stored: output };
  await requireAssignableUser(ctx, output.assigneeUserId, ["csirt", "csirt_lead"], "output.assigneeUserId");
  return {
    stored: output,
    incident: { assignee_user_id: output.assigneeUserId },
    nextOwnerUserId: output.assigneeUserId,
  };
}

/**
 * Step 3: records the disposition and, with impact × likelihood, the severity (kritis whatever the
 * score for an IIV asset or ransomware). A manual override made earlier stands.
 */
export async function verifyEffect({ incident, output }: StepEffectInput<"verify">): Promise<StepEffectResult> {
  const changes: StepEffectResult["incident"] = { disposition: output.disposition };
  if (output.typeCode !== undefined) {
    changes.type_code = output.typeCode;
    changes.rsit = INCIDENT_TYPES[output.typeCode].primaryRsit;
  }
  let assessment: ReturnType<typeof deriveSeverity> | undefined;
  if (output.impact !== undefined && output.likelihood !== undefined) {
    assessment = deriveSeverity({
      impact: output.impact,
      likelihood: output.likelihood,
      iivAsset: incident.iiv === 1,
      ransomware: output.ransomware === true,
    });
    changes.impact = output.impact;
    changes.likelihood = output.likelihood;
    if (incident.severity_override !== 1) changes.severity = assessment.severity;
  }
  return {
    stored: assessment
      ? { ...output, severity: assessment.severity, riskScore: assessment.score, severityForcedBy: assessment.forcedBy }
      : output,
    incident: changes,
  };
}
