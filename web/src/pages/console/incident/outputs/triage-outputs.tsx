import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SERVER_LOCATION_LABELS, SERVER_LOCATIONS } from "../../../../../../src/core/assets/registry.ts";
import {
  dispositionLabel,
  INVALID_DISPOSITIONS,
  TRANSFERRED_DISPOSITION,
  VALID_DISPOSITION,
  VERIFICATION_OUTCOME_LABELS,
  type VerificationDispositionTag,
  type VerificationOutcome,
} from "../../../../../../src/core/taxonomy/disposition.ts";
import { INCIDENT_TYPES, isIncidentTypeCode } from "../../../../../../src/core/taxonomy/incident-types.ts";
import { MITIGATION_KIND_LABELS, type MitigationKind } from "../../../../../../src/core/workflow/catalogue.ts";
import { currentLanguage, localized, tk } from "../../../../i18n/index.ts";
import { labelKey, MITIGATION_STATUS_LABELS } from "../labels.ts";
import { useNames } from "../names.tsx";
import { list, obj, OutputFields, str, num, bool, type Json } from "./read.tsx";

const CHECKS = [
  ["reporterIdentity", tk("incident.verify.reporterIdentity")],
  ["incidentType", tk("incident.verify.incidentType")],
  ["serverLocation", tk("incident.verify.serverLocation")],
  ["systemLogs", tk("incident.verify.systemLogs")],
] as const;

const DISPOSITIONS: readonly string[] = [VALID_DISPOSITION, TRANSFERRED_DISPOSITION, ...INVALID_DISPOSITIONS];

/** Step 2's output: the forwarding note, the disposisi and the analyst. */
export function ForwardOutput({ output }: { output: Json }) {
  const { t } = useTranslation();
  const names = useNames();
  return (
    <OutputFields
      rows={[
        [t("incident.forward.note"), str(output, "note")],
        [t("incident.forward.disposition"), str(output, "disposition")],
        [t("incident.forward.assignee"), names.user(num(output, "assigneeUserId"))],
      ]}
    />
  );
}

/** Step 3's output: the checklist with its notes, the verdict and disposition, the assessment. */
export function VerifyOutput({ output }: { output: Json }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const checklist = obj(output.checklist);
  const verdict = str(output, "verdict");
  const disposition = str(output, "disposition");
  const type = str(output, "typeCode");
  const location = str(output, "serverLocation");
  const impact = num(output, "impact");
  const likelihood = num(output, "likelihood");
  return (
    <Stack gap="xs">
      <List size="sm" spacing={2} aria-label={t("incident.verify.checklist")}>
        {CHECKS.map(([key, label]) => {
          const item = obj(checklist?.[key]);
          const checked = bool(item, "checked");
          return (
            <List.Item key={key} icon={<span aria-hidden="true">{checked ? "✔" : "✘"}</span>}>
              <Text span size="sm" fw={600}>
                {t(label)} ({checked ? t("incident.verify.checked") : t("incident.verify.notChecked")}):
              </Text>{" "}
              <Text span size="sm" className="break-anywhere">
                {str(item, "note")}
              </Text>
            </List.Item>
          );
        })}
      </List>
      <OutputFields
        rows={[
          [
            t("incident.verify.verdict"),
            verdict && verdict in VERIFICATION_OUTCOME_LABELS
              ? localized(VERIFICATION_OUTCOME_LABELS[verdict as VerificationOutcome], language)
              : verdict,
          ],
          [
            t("incident.verify.disposition"),
            disposition && DISPOSITIONS.includes(disposition)
              ? localized(dispositionLabel(disposition as VerificationDispositionTag), language)
              : disposition,
          ],
          [t("incident.verify.reason"), str(output, "reason")],
          [t("incident.verify.transferredTo"), str(output, "transferredTo")],
          [
            t("incident.verify.type"),
            type && isIncidentTypeCode(type) ? localized(INCIDENT_TYPES[type].label, language) : type,
          ],
          [
            t("incident.verify.assessment"),
            impact && likelihood
              ? t("incident.summary.score", { impact, likelihood, score: impact * likelihood })
              : null,
          ],
          [t("incident.verify.ransomware"), bool(output, "ransomware") ? t("incident.yes") : null],
          [
            t("incident.verify.serverLocationField"),
            location && (SERVER_LOCATIONS as readonly string[]).includes(location)
              ? localized(SERVER_LOCATION_LABELS[location as (typeof SERVER_LOCATIONS)[number]], language)
              : location,
          ],
        ]}
      />
    </Stack>
  );
}

/** Step 4's output: the strategy and each action with its status and assignee. */
export function MitigateOutput({ output }: { output: Json }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const names = useNames();
  return (
    <Stack gap="xs">
      <OutputFields rows={[[t("incident.mitigate.strategy"), str(output, "strategy")]]} />
      <List size="sm" type="ordered" spacing={2}>
        {list(output, "actions").map((raw, i) => {
          const a = obj(raw);
          const kind = str(a, "kind");
          const status = labelKey(MITIGATION_STATUS_LABELS, str(a, "status"));
          const assignee = names.user(num(a, "assigneeUserId"));
          return (
            <List.Item key={i}>
              <Text span size="sm" fw={600}>
                {kind && kind in MITIGATION_KIND_LABELS
                  ? localized(MITIGATION_KIND_LABELS[kind as MitigationKind], language)
                  : kind}
              </Text>
              {str(a, "description") ? ` — ${str(a, "description")}` : ""}
              {status ? ` · ${t(status)}` : ""}
              {assignee ? ` · ${assignee}` : ""}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
