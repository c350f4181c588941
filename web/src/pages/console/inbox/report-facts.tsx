import { Badge, Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SERVER_LOCATION_LABELS } from "../../../../../src/core/assets/registry.ts";
import { INCIDENT_TYPES } from "../../../../../src/core/taxonomy/incident-types.ts";
import type { ReportDetail } from "../../../api/reports.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { formatLocalDate } from "../settings/local-date.ts";
import { FactList } from "./fact-list.tsx";

const REPORTER_KINDS = ["asn", "public", "other_agency", "csirt", "internal"] as const;

/** The reporter: identity and contact for the team (null where the reader may not see them). */
export function ReporterCard({ report }: { report: ReportDetail["report"] }) {
  const { t } = useTranslation();
  const r = report.reporter;
  const kind = (REPORTER_KINDS as readonly string[]).includes(r.kind)
    ? t(`report.kind.${r.kind as (typeof REPORTER_KINDS)[number]}`)
    : r.kind;
  return (
    <Card withBorder component="section" aria-labelledby="reporter-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reporter-heading">
          {t("inbox.detail.reporter")}
        </Title>
        {r.confidential && (
          <Badge color="grape.8" variant="filled" autoContrast style={{ textTransform: "none" }}>
            {t("inbox.detail.confidential")}
          </Badge>
        )}
        <FactList
          facts={[
            [t("report.fields.name"), r.name ?? t("inbox.hiddenReporter")],
            [t("report.fields.kind"), kind],
            [t("report.fields.organisation"), r.organisation],
            [t("report.fields.position"), r.position],
            [t("report.fields.email"), r.email],
            [t("report.fields.phone"), r.phone],
            [t("inbox.detail.identity"), r.identity],
          ]}
        />
      </Stack>
    </Card>
  );
}

/** The incoming letter a report was recorded from. */
export function LetterCard({ letter }: { letter: NonNullable<ReportDetail["report"]["letter"]> }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="letter-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="letter-heading">
          {t("inbox.detail.letter")}
        </Title>
        <FactList
          facts={[
            [t("inbox.form.letterNumber"), letter.number],
            [t("inbox.form.letterDate"), letter.date ? formatLocalDate(letter.date, currentLanguage()) : null],
            [t("inbox.form.letterSender"), letter.sender],
          ]}
        />
      </Stack>
    </Card>
  );
}

/** What the report says happened, its impact and the affected asset. */
export function ContentCard({ report }: { report: ReportDetail["report"] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const type =
    report.typeCode in INCIDENT_TYPES
      ? localized(INCIDENT_TYPES[report.typeCode as keyof typeof INCIDENT_TYPES].label, language)
      : t("report.fields.typeUnknown");
  const location =
    report.serverLocation && report.serverLocation in SERVER_LOCATION_LABELS
      ? localized(SERVER_LOCATION_LABELS[report.serverLocation as keyof typeof SERVER_LOCATION_LABELS], language)
      : null;
  const flags = [
    report.impact.serviceDisrupted && t("report.fields.serviceDisrupted"),
    report.impact.dataExposed && t("report.fields.dataExposed"),
    report.impact.personalData && t("report.fields.personalData"),
    report.impact.ongoing && t("report.fields.ongoing"),
  ].filter((f): f is string => typeof f === "string");
  return (
    <Card withBorder component="section" aria-labelledby="content-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="content-heading">
          {t("inbox.detail.content")}
        </Title>
        <div>
          <Text size="sm" c="dimmed">
            {t("report.fields.description")}
          </Text>
          <Text className="break-anywhere" style={{ whiteSpace: "pre-wrap" }}>
            {report.description}
          </Text>
        </div>
        <FactList
          facts={[
            [t("report.fields.type"), type],
            [
              t("inbox.detail.occurredAt"),
              report.occurredAt ? (
                <>
                  <DateTime value={report.occurredAt} />
                  {report.occurredEstimated ? ` (${t("inbox.detail.estimated")})` : ""}
                </>
              ) : null,
            ],
            [t("report.fields.discoveredHow"), report.discoveredHow],
            [t("report.fields.chronology"), report.chronology],
            [t("report.fields.impact"), report.impact.description],
            [t("inbox.detail.impactFlags"), flags.join(", ")],
            [t("report.fields.affectedUsers"), report.impact.affectedUsers?.toString() ?? null],
            [t("report.fields.initialActions"), report.initialActions],
            [t("report.fields.url"), report.affected.url],
            [t("report.fields.domain"), report.affected.domain],
            [t("report.fields.ip"), report.affected.ip],
            [t("report.fields.application"), report.affected.application],
            [t("report.fields.serverLocation"), location],
            ["TLP", `TLP:${report.tlp}`],
          ]}
        />
      </Stack>
    </Card>
  );
}
