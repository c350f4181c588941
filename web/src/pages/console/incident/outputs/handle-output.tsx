import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateTime } from "../../../../components/date-time.tsx";
import { CHANNEL_LABELS, ESCALATION_TARGET_LABELS, labelKey, OBSERVABLE_KIND_LABELS } from "../labels.ts";
import { useNames } from "../names.tsx";
import { list, num, obj, OutputFields, str, type Json } from "./read.tsx";

/** Step 5's output: the handling log, the outcome and what went to whom when it could not be handled. */
export function HandleOutput({ output }: { output: Json }) {
  const { t } = useTranslation();
  const names = useNames();
  const label = (table: Parameters<typeof labelKey>[0], value: string | null) => {
    const key = labelKey(table, value);
    return key ? t(key) : value;
  };
  const outcome = str(output, "outcome");
  return (
    <Stack gap="xs">
      <List size="sm" spacing={4} aria-label={t("incident.handle.log")}>
        {list(output, "entries").map((raw, i) => {
          const e = obj(raw);
          const evidence = list(e, "evidenceIds").length;
          const observables = list(e, "observables").map((o) => obj(o));
          return (
            <List.Item key={i}>
              <Text span size="xs" c="dimmed">
                <DateTime value={str(e, "at")} />
              </Text>{" "}
              <Text span size="sm" className="break-anywhere" style={{ whiteSpace: "pre-wrap" }}>
                {str(e, "body")}
              </Text>
              {evidence > 0 ? (
                <Text size="xs" c="dimmed">
                  {t("incident.handle.evidenceCount", { count: evidence })}
                </Text>
              ) : null}
              {observables.length > 0 ? (
                <Text size="xs" className="break-anywhere">
                  {observables
                    .map((o) => `${label(OBSERVABLE_KIND_LABELS, str(o, "kind"))}: ${str(o, "value") ?? ""}`)
                    .join(" · ")}
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
      <OutputFields
        rows={[
          [
            t("incident.handle.outcome"),
            outcome === "handled"
              ? t("incident.handle.handled")
              : outcome === "not_handled"
                ? t("incident.handle.notHandled")
                : outcome,
          ],
          [t("incident.handle.summary"), str(output, "summary")],
          [t("incident.handle.unhandled"), str(output, "unhandled")],
        ]}
      />
      {list(output, "escalations").map((raw, i) => {
        const e = obj(raw);
        return (
          <OutputFields
            key={i}
            rows={[
              [
                t("incident.escalation.legend", { number: i + 1 }),
                [label(ESCALATION_TARGET_LABELS, str(e, "target")), names.organisation(num(e, "targetOrganisationId"))]
                  .filter(Boolean)
                  .join(" — "),
              ],
              [t("incident.escalation.reasonShort"), str(e, "reason")],
              [
                t("incident.escalation.handoff"),
                <>
                  <DateTime value={str(e, "handedOffAt")} /> · {label(CHANNEL_LABELS, str(e, "channel"))}
                  {str(e, "reference") ? ` · ${str(e, "reference")}` : ""}
                </>,
              ],
            ]}
          />
        );
      })}
    </Stack>
  );
}
