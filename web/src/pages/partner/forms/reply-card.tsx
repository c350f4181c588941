import { Card, Checkbox, Group, Radio, Stack, TextInput, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { REPLY_STATUSES } from "../../../../../src/core/workflow/catalogue.ts";
import type { Recommendation } from "../../../api/partner.ts";
import { REPLY_STATUS_LABELS } from "../parts/labels.ts";
import { RecommendationHeader } from "../parts/recommendation-list.tsx";
import { appendEvidenceReferences } from "./evidence-reference.ts";
import type { DeveloperValues } from "./form-values.ts";
import { ReplyEvidenceUpload, type ReplyEvidenceProps } from "./reply-evidence-upload.tsx";

/** The developer's reply to one recommendation: whether to answer it, steps taken, evidence, status. */
export function ReplyCard({
  form,
  index,
  recommendation,
  evidence,
}: {
  form: UseFormReturnType<DeveloperValues>;
  index: number;
  recommendation: Recommendation;
  /** Uploading files for this reply; their names and hashes are appended to its evidence text. */
  evidence?: ReplyEvidenceProps | undefined;
}) {
  const { t } = useTranslation();
  const reply = form.values.replies[index];
  if (!reply) return null;
  const path = `replies.${index}`;
  return (
    <Card withBorder data-testid={`reply-${recommendation.number}`} p={{ base: "sm", sm: "md" }}>
      <Stack gap="sm">
        <RecommendationHeader recommendation={recommendation} />
        <Checkbox
          label={t("partner.reply.include", { number: recommendation.number })}
          key={form.key(`${path}.include`)}
          {...form.getInputProps(`${path}.include`, { type: "checkbox" })}
        />
        {reply.include ? (
          <>
            <Radio.Group
              label={t("partner.reply.status")}
              withAsterisk
              key={form.key(`${path}.status`)}
              {...form.getInputProps(`${path}.status`)}
            >
              <Group gap="md" mt={4}>
                {REPLY_STATUSES.map((status) => (
                  <Radio key={status} value={status} label={t(REPLY_STATUS_LABELS[status])} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label={t("partner.reply.steps")}
              description={t("partner.reply.stepsHint")}
              withAsterisk
              autosize
              minRows={3}
              key={form.key(`${path}.steps`)}
              {...form.getInputProps(`${path}.steps`)}
            />
            <TextInput
              label={t("partner.reply.evidence")}
              description={t("partner.reply.evidenceHint")}
              key={form.key(`${path}.evidence`)}
              {...form.getInputProps(`${path}.evidence`)}
            />
            {evidence ? (
              <ReplyEvidenceUpload
                evidence={evidence}
                testId={`reply-${recommendation.number}-upload`}
                onStored={(files) =>
                  form.setFieldValue(
                    `${path}.evidence`,
                    appendEvidenceReferences(
                      form.getValues().replies[index]?.evidence ?? "",
                      files,
                      t("extras.replyEvidence.reference"),
                    ),
                  )
                }
              />
            ) : null}
            {reply.status === "cannot" ? (
              <Textarea
                label={t("partner.reply.reason")}
                description={t("partner.reply.reasonHint")}
                withAsterisk
                autosize
                minRows={2}
                key={form.key(`${path}.reason`)}
                {...form.getInputProps(`${path}.reason`)}
              />
            ) : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
