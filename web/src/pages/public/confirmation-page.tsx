import { Alert, Anchor, Button, Card, CopyButton, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import { trackingPath, type SubmitResult } from "../../api/public-reports.ts";
import { usePageTitle } from "../../components/use-page-title.ts";
import { recallSubmission } from "./submission-store.ts";

function isResult(value: unknown): value is SubmitResult {
  return typeof value === "object" && value !== null && typeof (value as SubmitResult).code === "string";
}

/** After filing: the ticket code and the tracking link, which the reporter must keep (it is shown once). */
export default function ConfirmationPage() {
  const { t } = useTranslation();
  usePageTitle(t("confirmation.title"));
  const state: unknown = useLocation().state;
  const result = isResult(state) ? state : recallSubmission();
  if (!result) return <Navigate to="/aduan" replace />;

  const path = trackingPath(result.code, result.token);
  const link = new URL(result.trackingUrl || path, window.location.origin).toString();
  return (
    <Stack gap="md">
      <Title order={1}>{t("confirmation.title")}</Title>
      <Alert color="green" variant="light" role="status">
        {t("confirmation.received")}
      </Alert>
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>{t("confirmation.ticket")}</Text>
          <Group gap="sm" wrap="wrap">
            <Text size="xl" fw={800} className="mono break-anywhere" data-testid="ticket-code">
              {result.code}
            </Text>
            <CopyButton value={result.code}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? t("common.copied") : t("confirmation.copyCode")}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text fw={600} mt="sm">
            {t("confirmation.trackingLink")}
          </Text>
          <Anchor component={Link} to={path} className="mono break-anywhere" data-testid="tracking-link">
            {link}
          </Anchor>
          <Group gap="sm">
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? t("common.copied") : t("confirmation.copyLink")}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Card>
      <Alert color="yellow" variant="light" title={t("confirmation.keepTitle")}>
        {t("confirmation.keepBody")}
      </Alert>
      <Group>
        <Button component={Link} to={path}>
          {t("confirmation.openTracking")}
        </Button>
        <Button component={Link} to="/" variant="default">
          {t("nav.home")}
        </Button>
      </Group>
    </Stack>
  );
}
