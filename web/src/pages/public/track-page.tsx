import { Button, Card, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { fetchTrackedReport, trackingPath } from "../../api/public-reports.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { usePageTitle } from "../../components/use-page-title.ts";
import { Conversation } from "./track/conversation.tsx";
import { EvidenceFiles } from "./track/evidence-files.tsx";
import { ReportStatus } from "./track/report-status.tsx";

/** The secret from `#token=…`: the fragment never reaches a server log or a Referer. */
function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}

/** The reporter's tracking page: status, timeline, questions and answers, more evidence. */
export default function TrackPage() {
  const { t } = useTranslation();
  usePageTitle(t("track.title"));
  const { code = "" } = useParams();
  const token = tokenFromHash(useLocation().hash);
  if (!code || !token) return <TrackLookup initialCode={code} />;
  return <TrackedReport code={code} token={token} />;
}

function TrackedReport({ code, token }: { code: string; token: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["public", "report", code, token],
    queryFn: ({ signal }) => fetchTrackedReport(code, token, signal),
  });
  if (query.isPending) return <PageLoader />;
  if (query.error) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{t("track.title")}</Title>
        <ErrorAlert error={query.error} title={notFound ? t("track.notFound") : undefined} />
        <TrackLookup initialCode={code} embedded />
      </Stack>
    );
  }
  const report = query.data;
  return (
    <Stack gap="lg">
      <Title order={1}>{t("track.title")}</Title>
      <ReportStatus report={report} />
      <Conversation report={report} token={token} />
      <EvidenceFiles report={report} token={token} />
    </Stack>
  );
}

/** Opens a report from its ticket code and tracking secret, or from the whole link pasted in. */
function TrackLookup({ initialCode, embedded = false }: { initialCode: string; embedded?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState(initialCode);
  const [secret, setSecret] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const pasted = /\/track\/([^/#?]+)#token=([A-Za-z0-9_-]+)/.exec(secret.trim());
    if (pasted?.[1] && pasted[2]) void navigate(trackingPath(decodeURIComponent(pasted[1]), pasted[2]));
    else if (code.trim() && secret.trim()) void navigate(trackingPath(code.trim(), secret.trim()));
  };
  return (
    <Stack gap="md">
      {embedded ? null : <Title order={1}>{t("track.title")}</Title>}
      <Text>{t("track.lookupIntro")}</Text>
      <Card withBorder component="form" onSubmit={submit} maw={560}>
        <Stack gap="sm">
          <TextInput
            label={t("track.code")}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            className="mono"
          />
          <TextInput
            label={t("track.secret")}
            description={t("track.secretHint")}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoComplete="off"
          />
          <Button type="submit" w="fit-content">
            {t("track.open")}
          </Button>
        </Stack>
      </Card>
    </Stack>
  );
}
