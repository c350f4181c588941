import { Checkbox, Fieldset, NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SERVER_LOCATION_LABELS, SERVER_LOCATIONS } from "../../../../../../src/core/assets/registry.ts";
import {
  dispositionLabel,
  dispositionsFor,
  VERIFICATION_OUTCOME_LABELS,
  VERIFICATION_OUTCOMES,
  type VerificationOutcome,
} from "../../../../../../src/core/taxonomy/disposition.ts";
import { INCIDENT_TYPE_CODES, INCIDENT_TYPES } from "../../../../../../src/core/taxonomy/incident-types.ts";
import { currentLanguage, localized, tk } from "../../../../i18n/index.ts";
import { optional, optionalNumber } from "./step-issues.ts";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";
import { useNoneOption } from "./options.ts";

const CHECKS = [
  { key: "reporterIdentity", label: tk("incident.verify.reporterIdentity") },
  { key: "incidentType", label: tk("incident.verify.incidentType") },
  { key: "serverLocation", label: tk("incident.verify.serverLocation") },
  { key: "systemLogs", label: tk("incident.verify.systemLogs") },
] as const;

type CheckKey = (typeof CHECKS)[number]["key"];

interface VerifyValues extends Record<string, unknown> {
  checklist: Record<CheckKey, { checked: boolean; note: string }>;
  verdict: VerificationOutcome;
  disposition: string;
  reason: string;
  transferredTo: string;
  typeCode: string;
  impact: string;
  likelihood: string;
  ransomware: boolean;
  serverLocation: string;
}

const SCALE = ["1", "2", "3", "4", "5"];
const item = () => ({ checked: false, note: "" });

/** Step 3: the verification checklist, the verdict with its MISP disposition, and the assessment. */
export function VerifyForm({ detail, submit }: StepFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const none = useNoneOption();
  const { form, onSubmit, failed } = useStepForm<VerifyValues>(
    "verify",
    "step-form-verify",
    {
      checklist: { reporterIdentity: item(), incidentType: item(), serverLocation: item(), systemLogs: item() },
      verdict: "valid",
      disposition: "",
      reason: "",
      transferredTo: "",
      typeCode: (INCIDENT_TYPE_CODES as readonly string[]).includes(detail.incident.typeCode)
        ? detail.incident.typeCode
        : "",
      impact: detail.incident.impact ? String(detail.incident.impact) : "",
      likelihood: detail.incident.likelihood ? String(detail.incident.likelihood) : "",
      ransomware: false,
      serverLocation: "",
    },
    (v) => ({
      checklist: Object.fromEntries(
        CHECKS.map(({ key }) => [key, { checked: v.checklist[key].checked, note: v.checklist[key].note.trim() }]),
      ),
      verdict: v.verdict,
      disposition: v.verdict === "invalid" ? optional(v.disposition) : undefined,
      reason: v.verdict === "valid" ? undefined : optional(v.reason),
      transferredTo: v.verdict === "transferred" ? optional(v.transferredTo) : undefined,
      typeCode: optional(v.typeCode),
      impact: optionalNumber(v.impact),
      likelihood: optionalNumber(v.likelihood),
      ransomware: v.ransomware || undefined,
      serverLocation: optional(v.serverLocation),
    }),
    submit,
  );
  const verdict = form.values.verdict;
  const dispositions = dispositionsFor(verdict).map((tag) => ({
    value: tag,
    label: localized(dispositionLabel(tag), language),
  }));
  return (
    <StepFormFrame
      formId="step-form-verify"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.verify.submit")}
    >
      <Fieldset legend={t("incident.verify.checklist")}>
        <Stack gap="sm">
          {CHECKS.map(({ key, label }) => (
            <Stack key={key} gap={4}>
              <Checkbox label={t(label)} {...form.getInputProps(`checklist.${key}.checked`, { type: "checkbox" })} />
              <Textarea
                label={t("incident.verify.noteFor", { item: t(label) })}
                required
                autosize
                minRows={1}
                {...form.getInputProps(`checklist.${key}.note`)}
              />
            </Stack>
          ))}
        </Stack>
      </Fieldset>
      <Radio.Group label={t("incident.verify.verdict")} required {...form.getInputProps("verdict")}>
        <Group mt={4} gap="lg">
          {VERIFICATION_OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={localized(VERIFICATION_OUTCOME_LABELS[o], language)} />
          ))}
        </Group>
      </Radio.Group>
      <NativeSelect
        label={t("incident.verify.disposition")}
        description={
          verdict === "invalid" ? t("incident.verify.dispositionHint") : t("incident.verify.dispositionDerived")
        }
        required={verdict === "invalid"}
        disabled={verdict !== "invalid"}
        data={verdict === "invalid" ? [none, ...dispositions] : dispositions}
        {...form.getInputProps("disposition")}
        value={verdict === "invalid" ? form.values.disposition : (dispositions[0]?.value ?? "")}
      />
      {verdict !== "valid" ? (
        <Textarea
          label={t("incident.verify.reason")}
          description={t("incident.verify.reasonHint")}
          required
          autosize
          minRows={2}
          {...form.getInputProps("reason")}
        />
      ) : null}
      {verdict === "transferred" ? (
        <TextInput label={t("incident.verify.transferredTo")} {...form.getInputProps("transferredTo")} />
      ) : null}
      <Fieldset legend={t("incident.verify.assessment")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t("incident.verify.type")}
            required={verdict === "valid"}
            data={[
              none,
              ...INCIDENT_TYPE_CODES.map((c) => ({ value: c, label: localized(INCIDENT_TYPES[c].label, language) })),
            ]}
            {...form.getInputProps("typeCode")}
          />
          <NativeSelect
            label={t("incident.verify.serverLocationField")}
            data={[
              none,
              ...SERVER_LOCATIONS.map((l) => ({ value: l, label: localized(SERVER_LOCATION_LABELS[l], language) })),
            ]}
            {...form.getInputProps("serverLocation")}
          />
          <NativeSelect
            label={t("incident.verify.impact")}
            description={t("incident.verify.scaleHint")}
            required={verdict === "valid"}
            data={[none, ...SCALE]}
            {...form.getInputProps("impact")}
          />
          <NativeSelect
            label={t("incident.verify.likelihood")}
            description={t("incident.verify.scaleHint")}
            required={verdict === "valid"}
            data={[none, ...SCALE]}
            {...form.getInputProps("likelihood")}
          />
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label={t("incident.verify.ransomware")}
          {...form.getInputProps("ransomware", { type: "checkbox" })}
        />
      </Fieldset>
    </StepFormFrame>
  );
}
