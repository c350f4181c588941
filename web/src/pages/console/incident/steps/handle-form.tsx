import { Button, Group, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useIncidentEvidence } from "../../../../api/evidence.ts";
import { useTimeZone } from "../../../../api/profile.ts";
import { can, useSession } from "../../../../api/session.ts";
import { toZonedInputValue } from "../../../../lib/time.ts";
import { EscalationFields, escalationOutput, newEscalation, type EscalationValues } from "./escalation-fields.tsx";
import { entryOutput, HandlingEntryFields, newEntry, type EntryValues } from "./handling-entry-fields.tsx";
import { optional } from "./step-issues.ts";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";

interface HandleValues extends Record<string, unknown> {
  entries: EntryValues[];
  outcome: "handled" | "not_handled";
  summary: string;
  unhandled: string;
  escalations: EscalationValues[];
}

/** Step 5: the handling log and its outcome; what could not be handled is escalated (vendor, Prov-CSIRT, BSSN). */
export function HandleForm({ detail, submit }: StepFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const session = useSession().data;
  const evidence = useIncidentEvidence(detail.incident.id, can(session, "report.read")).data?.items ?? [];
  const now = () => toZonedInputValue(new Date(), timeZone);
  const { form, onSubmit, failed } = useStepForm<HandleValues>(
    "handle",
    "step-form-handle",
    { entries: [newEntry(now())], outcome: "handled", summary: "", unhandled: "", escalations: [] },
    (v) => ({
      entries: v.entries.map((e) => entryOutput(e, timeZone)),
      outcome: v.outcome,
      summary: optional(v.summary),
      unhandled: v.outcome === "not_handled" ? optional(v.unhandled) : undefined,
      escalations: v.escalations.map((e) => escalationOutput(e, timeZone)),
    }),
    submit,
  );
  const notHandled = form.values.outcome === "not_handled";
  return (
    <StepFormFrame
      formId="step-form-handle"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.handle.submit")}
    >
      <Stack gap="sm">
        {form.values.entries.map((entry, index) => (
          <HandlingEntryFields
            key={index}
            form={form}
            index={index}
            entry={entry}
            evidence={evidence}
            onRemove={form.values.entries.length > 1 ? () => form.removeListItem("entries", index) : null}
            onAddObservable={() =>
              form.insertListItem(`entries.${index}.observables`, { kind: "", value: "", tlp: "" })
            }
            onRemoveObservable={(o) => form.removeListItem(`entries.${index}.observables`, o)}
          />
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => form.insertListItem("entries", newEntry(now()))}>
            {t("incident.handle.addEntry")}
          </Button>
        </Group>
      </Stack>
      <Radio.Group label={t("incident.handle.outcome")} required {...form.getInputProps("outcome")}>
        <Group mt={4} gap="lg">
          <Radio value="handled" label={t("incident.handle.handled")} />
          <Radio value="not_handled" label={t("incident.handle.notHandled")} />
        </Group>
      </Radio.Group>
      <Textarea label={t("incident.handle.summary")} autosize minRows={2} {...form.getInputProps("summary")} />
      {notHandled ? (
        <Textarea label={t("incident.handle.unhandled")} autosize minRows={2} {...form.getInputProps("unhandled")} />
      ) : null}
      <Stack gap="sm">
        <Text fw={600}>{t("incident.handle.escalations")}</Text>
        <Text size="sm" c="dimmed">
          {notHandled ? t("incident.handle.escalationsRequired") : t("incident.handle.escalationsOptional")}
        </Text>
        {form.values.escalations.map((_, index) => (
          <EscalationFields
            key={index}
            form={form}
            path={`escalations.${index}`}
            number={index + 1}
            onRemove={() => form.removeListItem("escalations", index)}
          />
        ))}
        {form.errors.escalations ? (
          <Text role="alert" c="red.8" size="sm">
            {form.errors.escalations}
          </Text>
        ) : null}
        <Group>
          <Button
            size="xs"
            variant="light"
            disabled={form.values.escalations.length >= 10}
            onClick={() => form.insertListItem("escalations", newEscalation(now()))}
          >
            {t("incident.handle.addEscalation")}
          </Button>
        </Group>
      </Stack>
    </StepFormFrame>
  );
}
