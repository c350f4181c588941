import { FileInput, Fieldset, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { toZonedInputValue, zoneLabel } from "../../../lib/time.ts";
import type { RecordChannel, RecordReportValues } from "./record-report-values.ts";

/** How the report arrived: a letter (number, date, sender and its scan) or a telephone call, and when. */
export function RecordArrivalSection({
  form,
  timeZone,
  accept,
}: {
  form: UseFormReturnType<RecordReportValues>;
  timeZone: string;
  accept: string;
}) {
  const { t } = useTranslation();
  const channel = form.getValues().channel;
  return (
    <Fieldset legend={t("inbox.form.arrival")}>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} id="channel-label" mb={4}>
            {t("inbox.form.channel")}
          </Text>
          <SegmentedControl
            aria-labelledby="channel-label"
            data={[
              { value: "letter", label: t("inbox.channel.letter") },
              { value: "phone", label: t("inbox.channel.phone") },
            ]}
            value={channel}
            onChange={(value) => form.setFieldValue("channel", value as RecordChannel)}
          />
        </div>
        {channel === "letter" && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t("inbox.form.letterNumber")}
                withAsterisk
                key={form.key("letter.number")}
                {...form.getInputProps("letter.number")}
              />
              <TextInput
                type="date"
                label={t("inbox.form.letterDate")}
                withAsterisk
                key={form.key("letter.date")}
                {...form.getInputProps("letter.date")}
              />
              <TextInput
                label={t("inbox.form.letterSender")}
                withAsterisk
                key={form.key("letter.sender")}
                {...form.getInputProps("letter.sender")}
              />
            </SimpleGrid>
            <FileInput
              label={t("inbox.form.scan")}
              description={t("inbox.form.scanHint")}
              placeholder={t("report.fields.filesPlaceholder")}
              withAsterisk
              clearable
              accept={accept}
              key={form.key("letterScan")}
              {...form.getInputProps("letterScan")}
              data-testid="letter-scan"
            />
          </>
        )}
        <TextInput
          type="datetime-local"
          label={t("inbox.form.receivedAt", { zone: zoneLabel(timeZone) })}
          description={t("inbox.form.receivedAtHint")}
          max={toZonedInputValue(new Date(), timeZone)}
          key={form.key("receivedAt")}
          {...form.getInputProps("receivedAt")}
        />
      </Stack>
    </Fieldset>
  );
}
