import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { MITIGATION_KIND_LABELS, MITIGATION_KINDS } from "../../../../../../src/core/workflow/catalogue.ts";
import { currentLanguage, localized } from "../../../../i18n/index.ts";
import { useAnalystOptions, useMitigationStatusOptions, useNoneOption } from "./options.ts";
import { optional, optionalNumber } from "./step-issues.ts";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";

interface ActionValues {
  kind: string;
  description: string;
  status: string;
  assigneeUserId: string;
}

interface MitigateValues extends Record<string, unknown> {
  strategy: string;
  actions: ActionValues[];
}

const newAction = (): ActionValues => ({ kind: "", description: "", status: "planned", assigneeUserId: "" });

/** Step 4: the temporary handling plan, actions from the catalogue, each with its status and assignee. */
export function MitigateForm({ submit }: StepFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const none = useNoneOption();
  const statuses = useMitigationStatusOptions();
  const analysts = useAnalystOptions();
  const kinds = MITIGATION_KINDS.map((k) => ({ value: k, label: localized(MITIGATION_KIND_LABELS[k], language) }));
  const { form, onSubmit, failed } = useStepForm<MitigateValues>(
    "mitigate",
    "step-form-mitigate",
    { strategy: "", actions: [newAction()] },
    (v) => ({
      strategy: optional(v.strategy),
      actions: v.actions.map((a) => ({
        kind: a.kind,
        description: optional(a.description),
        status: a.status,
        assigneeUserId: optionalNumber(a.assigneeUserId),
      })),
    }),
    submit,
  );
  return (
    <StepFormFrame
      formId="step-form-mitigate"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.mitigate.submit")}
    >
      <Textarea label={t("incident.mitigate.strategy")} autosize minRows={2} {...form.getInputProps("strategy")} />
      <Stack gap="sm">
        {form.values.actions.map((_, index) => {
          const n = index + 1;
          return (
            <Fieldset
              key={index}
              legend={t("incident.mitigate.action", { number: n })}
              data-testid="mitigation-action-fields"
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect
                  label={t("incident.mitigate.kind", { number: n })}
                  required
                  data={[none, ...kinds]}
                  {...form.getInputProps(`actions.${index}.kind`)}
                />
                <TextInput
                  label={t("incident.mitigate.description", { number: n })}
                  {...form.getInputProps(`actions.${index}.description`)}
                />
                <NativeSelect
                  label={t("incident.mitigate.status", { number: n })}
                  data={statuses}
                  {...form.getInputProps(`actions.${index}.status`)}
                />
                <NativeSelect
                  label={t("incident.mitigate.assignee", { number: n })}
                  data={[none, ...analysts]}
                  {...form.getInputProps(`actions.${index}.assigneeUserId`)}
                />
              </SimpleGrid>
              {form.values.actions.length > 1 ? (
                <Button
                  mt="xs"
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => form.removeListItem("actions", index)}
                >
                  {t("incident.mitigate.remove", { number: n })}
                </Button>
              ) : null}
            </Fieldset>
          );
        })}
        <Group>
          <Button
            size="xs"
            variant="light"
            disabled={form.values.actions.length >= 50}
            onClick={() => form.insertListItem("actions", newAction())}
          >
            {t("incident.mitigate.add")}
          </Button>
        </Group>
        {form.errors.actions ? (
          <div role="alert" style={{ color: "var(--mantine-color-error)", fontSize: "var(--mantine-font-size-sm)" }}>
            {form.errors.actions}
          </div>
        ) : null}
      </Stack>
    </StepFormFrame>
  );
}
