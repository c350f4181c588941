import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  addHoliday,
  HOLIDAY_KEYS,
  HOLIDAY_KINDS,
  removeHoliday,
  useHolidays,
  type Holiday,
} from "../../../api/holidays.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { currentLanguage, tk } from "../../../i18n/index.ts";
import { formatLocalDate } from "./local-date.ts";

const KIND_LABELS = {
  libur_nasional: tk("settings.holidays.kind.libur_nasional"),
  cuti_bersama: tk("settings.holidays.kind.cuti_bersama"),
  local: tk("settings.holidays.kind.local"),
} as const;

/** The days off of one year, which day-level time standards skip; administrators add and remove them. */
export function HolidaysSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const holidays = useHolidays(year);
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const refresh = () => client.invalidateQueries({ queryKey: HOLIDAY_KEYS.all });

  const remove = async (holiday: Holiday) => {
    setError(null);
    try {
      await removeHoliday(holiday.date);
      notifications.show({ color: "green", message: t("settings.holidays.removed", { name: holiday.name }) });
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="settings-holidays">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {t("settings.holidays.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("settings.holidays.intro")}
            </Text>
          </div>
          <NativeSelect
            label={t("settings.holidays.year")}
            value={String(year)}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
            data={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map(String)}
          />
        </Group>
        <ErrorAlert error={holidays.error ?? error} />
        {holidays.data && holidays.data.items.length === 0 ? (
          <Alert color="gray" variant="light">
            {t("settings.holidays.none", { year })}
          </Alert>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing={4}>
              <Table.Caption>{t("settings.holidays.caption", { year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("settings.holidays.date")}</Table.Th>
                  <Table.Th scope="col">{t("settings.holidays.name")}</Table.Th>
                  <Table.Th scope="col">{t("settings.holidays.kindLabel")}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t("settings.holidays.actions")}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {holidays.data?.items.map((h) => (
                  <Table.Tr key={h.date}>
                    <Table.Td>{formatLocalDate(h.date, currentLanguage(), true)}</Table.Td>
                    <Table.Td className="break-anywhere">
                      {h.name}
                      {h.provisional && (
                        <Badge ml="xs" variant="filled" autoContrast color="yellow.9" style={{ textTransform: "none" }}>
                          {t("settings.holidays.provisional")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(KIND_LABELS[h.kind])}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        onClick={() => void remove(h)}
                        aria-label={t("settings.holidays.remove", { name: h.name })}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <AddHolidayForm onAdded={(date) => setYear(Number(date.slice(0, 4)))} />
      </Stack>
    </Card>
  );
}

function AddHolidayForm({ onAdded }: { onAdded: (date: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [date, setDate] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<(typeof HOLIDAY_KINDS)[number]>("local");
  const [missing, setMissing] = useState<{ date?: boolean; name?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const gaps = { date: date === "", name: name.trim() === "" };
    setMissing(gaps);
    if (gaps.date || gaps.name) return;
    setBusy(true);
    setError(null);
    try {
      const added = await addHoliday({ date, name: name.trim(), kind });
      notifications.show({ color: "green", message: t("settings.holidays.added", { name: added.name }) });
      setDate("");
      setName("");
      await client.invalidateQueries({ queryKey: HOLIDAY_KEYS.all });
      onAdded(added.date);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t("settings.holidays.add")}>
      <Stack gap="xs">
        <Group align="flex-start">
          <TextInput
            type="date"
            label={t("settings.holidays.date")}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={missing.date ? t("validation.required") : undefined}
          />
          <TextInput
            label={t("settings.holidays.name")}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.currentTarget.value)}
            error={missing.name ? t("validation.required") : undefined}
            style={{ flex: 1, minWidth: 200 }}
          />
          <NativeSelect
            label={t("settings.holidays.kindLabel")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as (typeof HOLIDAY_KINDS)[number])}
            data={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) }))}
          />
          <Button type="submit" loading={busy} mt={25}>
            {t("settings.holidays.add")}
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Stack>
    </form>
  );
}
