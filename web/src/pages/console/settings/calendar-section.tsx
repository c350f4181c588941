import { Checkbox, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TeamSettings } from "../../../api/settings.ts";
import { currentLanguage } from "../../../i18n/index.ts";
import { zoneLabel } from "../../../lib/time.ts";
import { SettingsSection } from "./section-card.tsx";

type Calendar = TeamSettings["calendar"];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** ISO weekday `d` (1 = Monday) by its name in the language. */
export const weekdayName = (d: number, language: string) =>
  new Intl.DateTimeFormat(language === "en" ? "en-GB" : "id-ID", { weekday: "long", timeZone: "UTC" }).format(
    // 2024-01-01 was a Monday: ISO weekday d falls on January d.
    new Date(Date.UTC(2024, 0, d)),
  );

/** The business calendar: the team's time zone, working days and opening hours (day-level standards count these). */
export function CalendarSection({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [values, setValues] = useState<Calendar>(calendar);
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    return [...new Set([values.timeZone, ...all])].map((z) => ({ value: z, label: `${z} (${zoneLabel(z)})` }));
  }, [values.timeZone]);
  return (
    <SettingsSection
      title={t("settings.calendar.title")}
      description={t("settings.calendar.intro")}
      patch={() => ({ calendar: values })}
      testId="settings-calendar"
    >
      <Select
        label={t("settings.calendar.timeZone")}
        searchable
        data={zones}
        value={values.timeZone}
        onChange={(zone) => zone && setValues((v) => ({ ...v, timeZone: zone }))}
        maw={420}
        allowDeselect={false}
      />
      <Checkbox.Group
        label={t("settings.calendar.workingDays")}
        value={values.workingDays.map(String)}
        onChange={(days) => setValues((v) => ({ ...v, workingDays: days.map(Number).sort((a, b) => a - b) }))}
      >
        <Group gap="md" mt={6}>
          {WEEKDAYS.map((d) => (
            <Checkbox key={d} value={String(d)} label={weekdayName(d, language)} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={420}>
        <TextInput
          type="time"
          label={t("settings.calendar.openingTime")}
          value={values.openingTime}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setValues((v) => ({ ...v, openingTime: next }));
          }}
        />
        <TextInput
          type="time"
          label={t("settings.calendar.closeOfBusiness")}
          value={values.closeOfBusiness}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setValues((v) => ({ ...v, closeOfBusiness: next }));
          }}
        />
      </SimpleGrid>
    </SettingsSection>
  );
}
