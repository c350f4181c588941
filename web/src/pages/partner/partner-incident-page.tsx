import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useTimeZone } from "../../api/profile.ts";
import { ApiError } from "../../api/client.ts";
import {
  activeRunOf,
  analysisOf,
  completePartnerStep,
  isPartnerStepCode,
  partnerKeys,
  partyRoleOf,
  usePartnerIncident,
  type PartnerIncident,
  type PartnerStepOutput,
  type StepCompleted,
} from "../../api/partner.ts";
import { replyEvidenceKey, uploadReplyEvidence, useOwnReplyEvidence } from "../../api/reply-evidence.ts";
import { useSession } from "../../api/session.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { usePageTitle } from "../../components/use-page-title.ts";
import { PartnerStepForm } from "./forms/partner-step-form.tsx";
import { AnalysisSection } from "./parts/analysis-section.tsx";
import { EscalationList } from "./parts/escalation-list.tsx";
import { IncidentNotFound } from "./parts/incident-not-found.tsx";
import { IncidentSummary } from "./parts/incident-summary.tsx";
import { RecommendationList } from "./parts/recommendation-list.tsx";
import { ActiveStepPanel, StepDoneAlert } from "./parts/step-panels.tsx";
import { StepTimeline } from "./parts/step-timeline.tsx";

/** `/partner/incidents/{id}`: one incident handed to the partner, and the form of their step when it is theirs. */
export default function PartnerIncidentPage() {
  const { id = "" } = useParams();
  const number = /^\d{1,15}$/.test(id) ? Number(id) : 0;
  // Not an incident number: the same "not found" as an incident of another organisation.
  if (number <= 0) return <IncidentNotFound />;
  return <PartnerIncidentView id={number} />;
}

function PartnerIncidentView({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = usePartnerIncident(id);
  usePageTitle(query.data ? query.data.incident.code : t("partner.incident.title"));
  if (query.isPending) return <PageLoader />;
  if (query.error instanceof ApiError && query.error.status === 404) return <IncidentNotFound />;
  if (query.error) return <ErrorAlert error={query.error} />;
  return <IncidentBody detail={query.data} />;
}

function IncidentBody({ detail }: { detail: PartnerIncident }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const timeZone = useTimeZone();
  const role = partyRoleOf(useSession().data?.user.role ?? "");
  const [done, setDone] = useState<StepCompleted | null>(null);
  const { incident, recommendations } = detail;
  const stepCode = incident.currentStep?.code;
  const run = activeRunOf(detail);
  // The step the partner completes now, if the server says they may.
  const myStep = detail.abilities.completeStep && isPartnerStepCode(stepCode) ? stepCode : null;

  const submit = (output: PartnerStepOutput) => completePartnerStep(incident.id, myStep!, output);
  // The partner's own files for their step: uploaded from the reply form, listed under it.
  const ownFiles = useOwnReplyEvidence(incident.id, myStep);
  const evidence = myStep
    ? {
        upload: (files: File[], onProgress: Parameters<typeof uploadReplyEvidence>[2]) =>
          uploadReplyEvidence({ incidentId: incident.id, stepCode: myStep }, files, onProgress),
        files: ownFiles.data?.items ?? [],
        onUploaded: () => void client.invalidateQueries({ queryKey: replyEvidenceKey(incident.id, myStep) }),
      }
    : undefined;
  const onDone = (result: StepCompleted) => {
    setDone(result);
    window.scrollTo({ top: 0 });
    void client.invalidateQueries({ queryKey: partnerKeys.all });
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/partner" size="sm">
        ← {t("partner.backToList")}
      </Anchor>
      <Title order={1}>{t("partner.incident.title")}</Title>
      {done ? <StepDoneAlert result={done} /> : null}
      <IncidentSummary
        data={{
          ...incident,
          application: incident.application?.name ?? null,
          stepName: incident.currentStep?.name ?? null,
          dueAt: run?.dueAt ?? null,
        }}
      />
      {role === "upstream" ? (
        <>
          <AnalysisSection analysis={analysisOf(detail)} />
          <EscalationList escalations={detail.escalations} />
        </>
      ) : null}
      {/* The developer answers the recommendations in its form; otherwise they are listed. */}
      {myStep === "developer_reply" ? null : <RecommendationList recommendations={recommendations} />}
      {myStep ? (
        <ActiveStepPanel name={incident.currentStep?.name ?? null} dueAt={run?.dueAt ?? null} late={run?.late ?? false}>
          <PartnerStepForm
            key={`${incident.id}-${run?.id ?? 0}`}
            stepCode={myStep}
            timeZone={timeZone}
            recommendations={recommendations}
            onSubmit={submit}
            onDone={onDone}
            evidence={evidence}
          />
        </ActiveStepPanel>
      ) : (
        <Text c="dimmed" data-testid="no-action">
          {incident.status === "closed" ? t("partner.incident.closedNote") : t("partner.incident.noAction")}
        </Text>
      )}
      <StepTimeline runs={detail.stepRuns} />
    </Stack>
  );
}
