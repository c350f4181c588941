import { Anchor, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { SopDefinition } from "../../../../../src/core/sop/schema.ts";
import { ApiError } from "../../../api/client.ts";
import { useIncident, type IncidentDetail } from "../../../api/incidents.ts";
import { useSop } from "../../../api/team.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { AssetsCard } from "./assets-card.tsx";
import { AuditCard } from "./audit-card.tsx";
import { ClassificationDialog } from "./classification-dialog.tsx";
import { CurrentStepPanel } from "./current-step-panel.tsx";
import { EscalationsCard } from "./escalations-card.tsx";
import { EvidenceCard } from "./evidence-card.tsx";
import { MitigationActions } from "./mitigation-actions.tsx";
import { NamesProvider } from "./names.tsx";
import { ObservablesCard } from "./observables-card.tsx";
import { PeopleCard } from "./people-card.tsx";
import { RecommendationsCard } from "./recommendations-card.tsx";
import { ReopenCard } from "./reopen-card.tsx";
import { ReportsCard } from "./reports-card.tsx";
import { StepTimeline } from "./step-timeline.tsx";
import { SummarySection } from "./summary-section.tsx";
import { TimersCard } from "./timers-card.tsx";

/** An incident the caller may not see, or that does not exist: the same answer, nothing about it shown. */
function IncidentNotFound() {
  const { t } = useTranslation();
  return (
    <Stack data-testid="incident-not-found">
      <Title order={1}>{t("incident.notFound.title")}</Title>
      <Text>{t("incident.notFound.body")}</Text>
      <Anchor component={Link} to="/console/board">
        {t("incident.backToBoard")}
      </Anchor>
    </Stack>
  );
}

function IncidentView({ detail, sop }: { detail: IncidentDetail; sop: SopDefinition }) {
  const { t } = useTranslation();
  const id = detail.incident.id;
  return (
    <NamesProvider detail={detail}>
      <Stack gap="md">
        <Anchor component={Link} to="/console/board" size="sm">
          ← {t("incident.backToBoard")}
        </Anchor>
        <SummarySection detail={detail} />
        <Group justify="flex-end">
          <ClassificationDialog detail={detail} />
        </Group>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="md">
              <CurrentStepPanel detail={detail} sop={sop} />
              <StepTimeline detail={detail} sop={sop} />
              <MitigationActions detail={detail} />
              <EscalationsCard detail={detail} />
              <RecommendationsCard detail={detail} />
              <ObservablesCard incidentId={id} />
              <EvidenceCard incidentId={id} />
              <AuditCard incidentId={id} enabled={detail.abilities.readAudit} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <PeopleCard detail={detail} />
              <TimersCard incidentId={id} />
              <AssetsCard detail={detail} />
              <ReportsCard detail={detail} />
              <ReopenCard detail={detail} sop={sop} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </NamesProvider>
  );
}

/**
 * `/console/incidents/{id}`: one incident with its steps, records and the current step's form,
 * every action offered only as the abilities the API returns for this incident allow.
 */
export default function IncidentPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const incidentId = /^[1-9]\d{0,15}$/.test(id ?? "") ? Number(id) : 0;
  const incident = useIncident(incidentId);
  const sop = useSop();
  const notFound = incidentId === 0 || (incident.error instanceof ApiError && incident.error.status === 404);
  // One title per state (set here only: a child's effect would run before this one and be overwritten).
  usePageTitle(
    notFound
      ? t("incident.notFound.title")
      : incident.data
        ? `${incident.data.incident.code} · ${incident.data.incident.title}`
        : t("incident.title"),
  );
  if (notFound) return <IncidentNotFound />;
  if (incident.error || sop.error) return <ErrorAlert error={incident.error ?? sop.error} />;
  if (!incident.data || !sop.data) return <PageLoader />;
  return <IncidentView key={incidentId} detail={incident.data} sop={sop.data} />;
}
