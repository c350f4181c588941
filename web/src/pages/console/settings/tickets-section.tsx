import { Alert, NumberInput, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TeamSettings } from "../../../api/settings.ts";
import { tk } from "../../../i18n/index.ts";
import { SettingsSection } from "./section-card.tsx";
import { ticketPreview, type TicketProblem } from "./ticket-preview.ts";

type Tickets = TeamSettings["tickets"];

const PROBLEM_TEXT: Record<TicketProblem, ReturnType<typeof tk>> = {
  needsSeq: tk("settings.tickets.needsSeq"),
  prefix: tk("settings.tickets.badPrefix"),
  digits: tk("settings.tickets.badDigits"),
};

/** The ticket code format, with the code the next report would get shown as it is typed. */
export function TicketsSection({ tickets }: { tickets: Tickets }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Tickets>(tickets);
  const year = new Date().getFullYear();
  const preview = ticketPreview(values, year, 123);
  return (
    <SettingsSection
      title={t("settings.tickets.title")}
      description={t("settings.tickets.intro")}
      patch={() => ({ tickets: values })}
      testId="settings-tickets"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t("settings.tickets.prefix")}
          description={t("settings.tickets.prefixHint")}
          value={values.prefix}
          onChange={(e) => {
            const next = e.currentTarget.value.toUpperCase();
            setValues((v) => ({ ...v, prefix: next }));
          }}
          error={preview.problems.includes("prefix") ? t(PROBLEM_TEXT.prefix) : undefined}
        />
        <TextInput
          label={t("settings.tickets.format")}
          description={t("settings.tickets.formatHint")}
          value={values.format}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setValues((v) => ({ ...v, format: next }));
          }}
          error={preview.problems.includes("needsSeq") ? t(PROBLEM_TEXT.needsSeq) : undefined}
        />
        <NumberInput
          label={t("settings.tickets.seqDigits")}
          min={1}
          max={12}
          allowDecimal={false}
          value={values.seqDigits}
          onChange={(n) => setValues((v) => ({ ...v, seqDigits: typeof n === "number" ? n : Number(n) }))}
          error={preview.problems.includes("digits") ? t(PROBLEM_TEXT.digits) : undefined}
        />
      </SimpleGrid>
      <Alert color="blue" variant="light" title={t("settings.tickets.preview")}>
        <Text ff="monospace" fw={700} size="lg" aria-live="polite" data-testid="ticket-preview">
          {preview.code}
        </Text>
        <Text size="sm" c="dimmed">
          {t("settings.tickets.previewHint", { seq: 123, year })}
        </Text>
      </Alert>
    </SettingsSection>
  );
}
