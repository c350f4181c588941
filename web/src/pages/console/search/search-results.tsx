import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SEVERITY_LABELS, type Severity } from "../../../../../src/core/severity.ts";
import { INCIDENT_TYPES, type IncidentTypeCode } from "../../../../../src/core/taxonomy/incident-types.ts";
import type { SearchHit } from "../../../api/search.ts";
import { useSop } from "../../../api/settings.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { SEVERITY_COLORS } from "../dashboard/figures-tables.ts";
import { SnippetText } from "./snippet-text.tsx";

/** One incident found: what it is, where it stands, and the words found in it. */
export function SearchResult({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sop = useSop().data;
  const step = hit.step ? sop?.steps.find((s) => s.code === hit.step?.code) : undefined;
  const type =
    hit.typeCode in INCIDENT_TYPES
      ? localized(INCIDENT_TYPES[hit.typeCode as IncidentTypeCode].label, language)
      : hit.typeCode;
  const severity =
    hit.severity in SEVERITY_LABELS ? localized(SEVERITY_LABELS[hit.severity as Severity], language) : hit.severity;
  return (
    <Card withBorder component="li" padding="sm">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/console/incidents/${hit.id}`} fw={700} ff="monospace">
            {hit.code}
          </Anchor>
          <Text fw={600} className="break-anywhere">
            {hit.title}
          </Text>
        </Group>
        <Group gap={6} wrap="wrap">
          <Badge variant="light" color={hit.status === "open" ? "blue" : "gray"} style={{ textTransform: "none" }}>
            {hit.status === "open" ? t("search.open") : t("search.closed")}
          </Badge>
          <Badge
            variant="filled"
            autoContrast
            color={SEVERITY_COLORS[hit.severity] ?? "gray"}
            style={{ textTransform: "none" }}
          >
            {severity}
          </Badge>
          <Badge variant="outline" color="gray.7" style={{ textTransform: "none" }}>
            {type}
          </Badge>
          {hit.step && (
            <Badge variant="outline" color="gray.7" style={{ textTransform: "none" }}>
              {step ? `${step.number}. ${localized(step.name, language)}` : hit.step.code}
            </Badge>
          )}
          {hit.late && (
            <Badge color="red.8" style={{ textTransform: "none" }}>
              {t("search.lateBadge")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t("search.opened")} <DateTime value={hit.openedAt} />
          {hit.agency ? ` · ${hit.agency.name}` : ""}
        </Text>
        {hit.match && hit.match.snippet.length > 0 && (
          <Text size="sm" className="break-anywhere" data-testid="search-snippet">
            {hit.match.in === "report" && hit.match.reportId !== null ? (
              <>
                <Anchor component={Link} to={`/console/inbox/${hit.match.reportId}`} size="sm">
                  {t("search.inReport", { code: hit.match.reportCode ?? "" })}
                </Anchor>
                {": "}
              </>
            ) : null}
            <SnippetText parts={hit.match.snippet} />
          </Text>
        )}
      </Stack>
    </Card>
  );
}
