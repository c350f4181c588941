import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSettings } from "../../../api/settings.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { CalendarSection } from "./calendar-section.tsx";
import { HolidaysSection } from "./holidays-section.tsx";
import { IntakeSection } from "./intake-section.tsx";
import { ProfileSection } from "./profile-section.tsx";
import { SopSection } from "./sop-section.tsx";
import { TicketsSection } from "./tickets-section.tsx";

/**
 * `/console/settings` (administrators): the team profile, the business calendar and holidays,
 * the ticket code format, the time-standard warning, intake limits and the SOP definition. Each
 * section saves on its own; a refused change lists every problem and changes nothing.
 */
export default function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t("settings.title"));
  const settings = useSettings();
  const s = settings.data;
  return (
    <Stack maw={1000}>
      <div>
        <Title order={1}>{t("settings.title")}</Title>
        <Text c="dimmed">{t("settings.intro")}</Text>
      </div>
      <ErrorAlert error={settings.error} />
      {!s ? (
        !settings.error && <PageLoader />
      ) : (
        <>
          <ProfileSection profile={s.profile} />
          <CalendarSection calendar={s.calendar} />
          <HolidaysSection />
          <TicketsSection tickets={s.tickets} />
          <IntakeSection sla={s.sla} intake={s.intake} />
          <SopSection file={s.sopDefinitionFile} />
        </>
      )}
    </Stack>
  );
}
