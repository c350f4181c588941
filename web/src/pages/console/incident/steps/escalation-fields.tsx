import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ESCALATION_TARGETS } from "../../../../../../src/core/workflow/catalogue.ts";
import { useTimeZone } from "../../../../api/profile.ts";
import { zoneLabel } from "../../../../lib/time.ts";
import { ESCALATION_TARGET_LABELS } from "../labels.ts";
import { useChannelOptions, useNoneOption, useOrganisationOptions, useVocabulary } from "./options.ts";
import { instantFromLocal, optional, optionalNumber } from "./step-issues.ts";

/** An escalation as the form holds it. */
export interface EscalationValues {
  target: string;
  targetOrganisationId: string;
  reason: string;
  handedOffAt: string;
  channel: string;
  reference: string;
}

export const newEscalation = (handedOffAt: string): EscalationValues => ({
  target: "",
  targetOrganisationId: "",
  reason: "",
  handedOffAt,
  channel: "",
  reference: "",
});

/** The escalation as the step output takes it. */
export const escalationOutput = (e: EscalationValues, timeZone: string) => ({
  target: e.target,
  targetOrganisationId: optionalNumber(e.targetOrganisationId),
  reason: e.reason.trim(),
  handedOffAt: instantFromLocal(e.handedOffAt, timeZone),
  channel: e.channel,
  reference: optional(e.reference),
});

/** One escalation's fields: to whom (vendor, Prov-CSIRT, BSSN) and the organisation, why, when and how it was handed off. */
export function EscalationFields<V>({
  form,
  path,
  number,
  onRemove,
}: {
  form: UseFormReturnType<V>;
  path: string;
  number: number;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const none = useNoneOption();
  const targets = useVocabulary(ESCALATION_TARGETS, ESCALATION_TARGET_LABELS);
  const channels = useChannelOptions();
  const vendors = useOrganisationOptions("vendor");
  const upstreams = useOrganisationOptions("upstream");
  const target = (form.getInputProps(`${path}.target`).value as string) ?? "";
  const organisations = target === "vendor" ? vendors : upstreams;
  return (
    <Fieldset legend={t("incident.escalation.legend", { number })} data-testid="escalation-fields">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t("incident.escalation.target", { number })}
            required
            data={[none, ...targets]}
            {...form.getInputProps(`${path}.target`)}
          />
          <NativeSelect
            label={t("incident.escalation.organisation", { number })}
            description={t("incident.escalation.organisationHint")}
            data={[none, ...organisations]}
            {...form.getInputProps(`${path}.targetOrganisationId`)}
          />
        </SimpleGrid>
        <Textarea
          label={t("incident.escalation.reason", { number })}
          required
          autosize
          minRows={2}
          {...form.getInputProps(`${path}.reason`)}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t("incident.escalation.handedOffAt", { number, zone: zoneLabel(timeZone) })}
            required
            {...form.getInputProps(`${path}.handedOffAt`)}
          />
          <NativeSelect
            label={t("incident.escalation.channel", { number })}
            required
            data={[none, ...channels]}
            {...form.getInputProps(`${path}.channel`)}
          />
          <TextInput
            label={t("incident.escalation.reference", { number })}
            {...form.getInputProps(`${path}.reference`)}
          />
        </SimpleGrid>
        <div>
          <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
            {t("incident.escalation.remove", { number })}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
