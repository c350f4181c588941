import { Alert, Fieldset, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import {
  developerOutput,
  initialDeveloperValues,
  validateDeveloper,
  type DeveloperValues,
  type Translate,
} from "./form-values.ts";
import { OwnEvidenceList } from "../parts/own-evidence-list.tsx";
import { ReplyCard } from "./reply-card.tsx";
import { StepFormFrame, type StepFormProps } from "./step-form-frame.tsx";

/** SOP step 9: the developer answers the recommendations, each with steps taken, evidence and status. */
export function DeveloperReplyForm({ recommendations, onSubmit, onDone, evidence }: StepFormProps<"developer_reply">) {
  const { t } = useTranslation();
  const translate: Translate = (key, values) => t(key, values ?? {});
  const form = useForm<DeveloperValues>({
    mode: "controlled",
    initialValues: initialDeveloperValues(recommendations),
    validate: (values) => validateDeveloper(values, translate),
  });
  const noneChosen = typeof form.errors.replies === "string" ? form.errors.replies : null;
  return (
    <StepFormFrame
      id="developer-reply-form"
      form={form}
      toOutput={developerOutput}
      onSubmit={onSubmit}
      onDone={onDone}
      submitLabel={t("partner.developer.submit")}
    >
      <Stack gap="sm" component="section" aria-labelledby="replies-title">
        <Title order={3} size="h4" id="replies-title">
          {t("partner.developer.replies")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("partner.developer.repliesHint")}
        </Text>
        {recommendations.map((r, index) => (
          <ReplyCard key={r.number} form={form} index={index} recommendation={r} evidence={evidence} />
        ))}
        {noneChosen ? (
          <Alert color="red" role="alert" data-testid="replies-error">
            {noneChosen}
          </Alert>
        ) : null}
        {evidence ? <OwnEvidenceList files={evidence.files} /> : null}
      </Stack>
      <Fieldset legend={t("partner.developer.closing")} p={{ base: "xs", sm: "md" }}>
        <Stack gap="sm">
          <Textarea
            label={t("partner.developer.residualRisk")}
            description={t("partner.developer.residualRiskHint")}
            autosize
            minRows={2}
            key={form.key("residualRisk")}
            {...form.getInputProps("residualRisk")}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t("partner.developer.responsibleName")}
              autoComplete="name"
              key={form.key("responsibleName")}
              {...form.getInputProps("responsibleName")}
            />
            <TextInput
              label={t("partner.developer.responsiblePosition")}
              autoComplete="organization-title"
              key={form.key("responsiblePosition")}
              {...form.getInputProps("responsiblePosition")}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </StepFormFrame>
  );
}
