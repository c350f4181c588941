import { Alert, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import {
  completeLinkStep,
  isPartnerStepCode,
  partnerKeys,
  useLinkView,
  type LinkView,
  type StepCompleted,
} from "../../api/partner.ts";
import { useTimeZone } from "../../api/profile.ts";
import { uploadReplyEvidence } from "../../api/reply-evidence.ts";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { usePageTitle } from "../../components/use-page-title.ts";
import { PartnerStepForm } from "../partner/forms/partner-step-form.tsx";
import { AnalysisSection } from "../partner/parts/analysis-section.tsx";
import { IncidentSummary } from "../partner/parts/incident-summary.tsx";
import { RecommendationList } from "../partner/parts/recommendation-list.tsx";
import { ActiveStepPanel, StepDoneAlert } from "../partner/parts/step-panels.tsx";
import { LinkInvalid } from "./link-invalid.tsx";

/**
 * `/partner/links/{token}`: an agency officer, developer or upstream CSIRT without an account
 * completes their one step through the signed link the CSIRT e-mailed them.
 */
export default function PartnerLinkPage() {
  const { t } = useTranslation();
  usePageTitle(t("partner.link.title"));
  const { token = "" } = useParams();
  const query = useLinkView(token);
  if (!token) return <LinkInvalid />;
  if (query.isPending) return <PageLoader />;
  if (query.error instanceof ApiError && query.error.status === 404) return <LinkInvalid />;
  if (query.error) return <ErrorAlert error={query.error} />;
  return <LinkStep token={token} view={query.data} />;
}

function LinkStep({ token, view }: { token: string; view: LinkView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const timeZone = useTimeZone();
  const [done, setDone] = useState<StepCompleted | null>(null);
  const { step, incident } = view;
  const stepCode = isPartnerStepCode(step.code) ? step.code : null;
  const open = step.open && stepCode !== null;
  const role = step.partyRole;
  const onDone = (result: StepCompleted) => {
    setDone(result);
    window.scrollTo({ top: 0 });
    void client.invalidateQueries({ queryKey: partnerKeys.link(token) });
  };
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t("partner.link.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("partner.link.expires")}: <DateTime value={view.expiresAt} />
        </Text>
      </Stack>
      {done ? <StepDoneAlert result={done} /> : null}
      <IncidentSummary data={{ ...incident, stepName: step.name, dueAt: open ? step.dueAt : null }} />
      {role === "upstream" ? <AnalysisSection analysis={view.analysis} /> : null}
      {open && stepCode === "developer_reply" ? null : <RecommendationList recommendations={view.recommendations} />}
      {open && stepCode ? (
        <ActiveStepPanel
          name={step.name}
          dueAt={step.dueAt}
          late={!!step.dueAt && step.dueAt < new Date().toISOString()}
        >
          <PartnerStepForm
            stepCode={stepCode}
            timeZone={timeZone}
            recommendations={view.recommendations}
            onSubmit={(output) => completeLinkStep(token, output)}
            onDone={onDone}
            evidence={{
              upload: (files, onProgress) => uploadReplyEvidence({ token }, files, onProgress),
              files: view.evidence ?? [],
              onUploaded: () => void client.invalidateQueries({ queryKey: partnerKeys.link(token) }),
            }}
          />
        </ActiveStepPanel>
      ) : done ? null : step.completedAt ? (
        <Alert color="green" variant="light" title={t("partner.link.alreadyDone")} data-testid="link-step-done">
          {t("partner.link.alreadyDoneBody")} <DateTime value={step.completedAt} />
        </Alert>
      ) : (
        <Alert color="blue" variant="light" data-testid="link-step-waiting">
          {incident.status === "closed" ? t("partner.incident.closedNote") : t("partner.link.notYet")}
        </Alert>
      )}
    </Stack>
  );
}
