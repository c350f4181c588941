import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { withRegionalSecretary } from "../../../../../../src/core/workflow/copies.ts";
import { useTeamProfile } from "../../../../api/profile.ts";
import { DateTime } from "../../../../components/date-time.tsx";
import { CHANNEL_LABELS, labelKey, RECOMMENDATION_OWNER_LABELS, REPLY_STATUS_LABELS } from "../labels.ts";
import { useNames } from "../names.tsx";
import { list, num, obj, OutputFields, str, type Json } from "./read.tsx";

function useLabel() {
  const { t } = useTranslation();
  return (table: Parameters<typeof labelKey>[0], value: string | null) => {
    const key = labelKey(table, value);
    return key ? t(key) : value;
  };
}

/** Recommendations of an output, numbered from `first`, with owner and deadline. */
function RecommendationList({ items, first }: { items: unknown[]; first: number }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (items.length === 0) return null;
  return (
    <List size="sm" type="ordered" start={first} spacing={2} aria-label={t("incident.analyse.recommendations")}>
      {items.map((raw, i) => {
        const r = obj(raw);
        return (
          <List.Item key={i}>
            <Text span size="sm" className="break-anywhere">
              {str(r, "body")}
            </Text>{" "}
            <Text span size="xs" c="dimmed">
              ({label(RECOMMENDATION_OWNER_LABELS, str(r, "owner"))}, {t("incident.recommendation.by")}{" "}
              <DateTime value={str(r, "deadline")} dateOnly />)
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}

/** Step 6's output: root cause, impact, findings, recommendations, recipients and copies (Sekda first). */
export function AnalyseOutput({ output, firstRecommendation }: { output: Json; firstRecommendation: number }) {
  const { t } = useTranslation();
  const names = useNames();
  const governmentName = useTeamProfile().data?.governmentName ?? "";
  const copies = withRegionalSecretary(
    list(output, "copies").filter((c): c is string => typeof c === "string"),
    governmentName,
  );
  const recipients = list(output, "recipients")
    .map((id) => names.organisation(typeof id === "number" ? id : null))
    .filter(Boolean)
    .join(", ");
  return (
    <Stack gap="xs">
      <OutputFields
        rows={[
          [t("incident.analyse.rootCause"), str(output, "rootCause")],
          [t("incident.analyse.impact"), str(output, "impact")],
          [t("incident.analyse.findings"), str(output, "findings")],
        ]}
      />
      <RecommendationList items={list(output, "recommendations")} first={firstRecommendation} />
      <OutputFields
        rows={[
          [t("incident.analyse.recipients"), recipients],
          [t("incident.analyse.followUp"), names.organisation(num(output, "followUpOrganisationId"))],
          [t("incident.analyse.copies"), copies.join("; ")],
        ]}
      />
    </Stack>
  );
}

/** Step 7's output: the upstream CSIRT's confirmation, its recommendations, an escalation to BSSN. */
export function UpstreamOutput({ output, firstRecommendation }: { output: Json; firstRecommendation: number }) {
  const { t } = useTranslation();
  const label = useLabel();
  const bssn = obj(output.escalateToBssn);
  return (
    <Stack gap="xs">
      <OutputFields rows={[[t("incident.upstream.confirmation"), str(output, "confirmation")]]} />
      <RecommendationList items={list(output, "recommendations")} first={firstRecommendation} />
      {bssn ? (
        <OutputFields
          rows={[
            [t("incident.upstream.escalation"), str(bssn, "reason")],
            [
              t("incident.escalation.handoff"),
              <>
                <DateTime value={str(bssn, "handedOffAt")} /> · {label(CHANNEL_LABELS, str(bssn, "channel"))}
              </>,
            ],
          ]}
        />
      ) : null}
    </Stack>
  );
}

/** Step 8's output: what the agency agreed with its developer. */
export function AgencyOutput({ output }: { output: Json }) {
  const { t } = useTranslation();
  const label = useLabel();
  const names = useNames();
  return (
    <OutputFields
      rows={[
        [t("incident.agency.outcome"), str(output, "outcome")],
        [
          t("incident.agency.coordinatedAtShort"),
          <>
            <DateTime value={str(output, "coordinatedAt")} /> · {label(CHANNEL_LABELS, str(output, "channel"))}
          </>,
        ],
        [t("incident.agency.developer"), names.organisation(num(output, "developerOrganisationId"))],
      ]}
    />
  );
}

/** Step 9's output: the developer's reply per recommendation. */
export function DeveloperOutput({ output }: { output: Json }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Stack gap="xs">
      <List size="sm" spacing={4}>
        {list(output, "replies").map((raw, i) => {
          const r = obj(raw);
          return (
            <List.Item key={i}>
              <Text span size="sm" fw={600}>
                {t("incident.recommendation.legend", { number: num(r, "recommendationNumber") ?? "?" })} —{" "}
                {label(REPLY_STATUS_LABELS, str(r, "status"))}:
              </Text>{" "}
              <Text span size="sm" className="break-anywhere">
                {str(r, "steps")}
              </Text>
              {str(r, "evidence") ? (
                <Text size="xs">
                  {t("incident.developer.evidenceShort")}: {str(r, "evidence")}
                </Text>
              ) : null}
              {str(r, "reason") ? (
                <Text size="xs">
                  {t("incident.developer.reasonShort")}: {str(r, "reason")}
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
      <OutputFields
        rows={[
          [t("incident.developer.residualRisk"), str(output, "residualRisk")],
          [
            t("incident.developer.responsibleName"),
            [str(output, "responsibleName"), str(output, "responsiblePosition")].filter(Boolean).join(", "),
          ],
        ]}
      />
    </Stack>
  );
}

/** Step 10's output: the report's summary and lessons learned. */
export function FinalOutput({ output }: { output: Json }) {
  const { t } = useTranslation();
  return (
    <OutputFields
      rows={[
        [t("incident.final.summary"), str(output, "summary")],
        [t("incident.final.lessons"), str(output, "lessonsLearned")],
      ]}
    />
  );
}
