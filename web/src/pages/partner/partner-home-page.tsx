import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { awaitsPartner, usePartnerIncidents, type PartnerIncidentListItem } from "../../api/partner.ts";
import { useSession } from "../../api/session.ts";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { usePageTitle } from "../../components/use-page-title.ts";
import { currentLanguage, localized } from "../../i18n/index.ts";
import { IncidentBadges } from "./parts/incident-summary.tsx";
import { labelOf, OUTCOME_LABELS } from "./parts/labels.ts";

/** One incident in the list: a card that opens it, marked when it waits for the partner's step. */
function IncidentCard({ item, awaiting }: { item: PartnerIncidentListItem; awaiting: boolean }) {
  const { t } = useTranslation();
  const outcome = labelOf(OUTCOME_LABELS, item.outcome);
  return (
    <Card withBorder data-testid="partner-incident" data-code={item.code} padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/partner/incidents/${item.id}`} fw={800} className="mono break-anywhere">
            {item.code}
          </Anchor>
          {awaiting ? (
            <Badge color="orange" data-testid="awaiting-you">
              {t("partner.list.awaiting")}
            </Badge>
          ) : null}
        </Group>
        <Text fw={600} className="user-text">
          {item.title}
        </Text>
        <IncidentBadges severity={item.severity} tlp={item.tlp} />
        <Text size="sm">
          {item.status === "closed"
            ? outcome
              ? t("partner.closedWith", { outcome: t(outcome) })
              : t("partner.closed")
            : localized(item.currentStep?.name, currentLanguage())}
          {item.status === "open" && item.dueAt ? (
            <>
              {" · "}
              {t("partner.step.due")}: <DateTime value={item.dueAt} />
            </>
          ) : null}
          {item.status === "open" && item.late ? (
            <Badge color="red" ml={6} size="sm">
              {t("partner.late")}
            </Badge>
          ) : null}
        </Text>
        {item.agency ? (
          <Text size="sm" c="dimmed">
            {item.agency.name}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The partner's start page: the incidents handed to their organisation, those waiting for them first. */
export default function PartnerHomePage() {
  const { t } = useTranslation();
  usePageTitle(t("partner.homeTitle"));
  const user = useSession().data?.user;
  const [status, setStatus] = useState<"open" | "closed">("open");
  const query = usePartnerIncidents(status);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const waiting = (item: PartnerIncidentListItem) => !!user && awaitsPartner(item, user);
  // Those waiting for the partner first; otherwise the server's order (newest first).
  const sorted = [...items].sort((a, b) => Number(waiting(b)) - Number(waiting(a)));
  return (
    <Stack>
      <Title order={1}>{t("partner.homeTitle")}</Title>
      <Text>{t("partner.homeIntro")}</Text>
      <SegmentedControl
        aria-label={t("partner.list.filter")}
        value={status}
        onChange={(v) => setStatus(v === "closed" ? "closed" : "open")}
        data={[
          { value: "open", label: t("partner.list.open") },
          { value: "closed", label: t("partner.list.closed") },
        ]}
        style={{ alignSelf: "flex-start" }}
        data-testid="status-filter"
      />
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.isSuccess && items.length === 0 ? (
        <Text c="dimmed" data-testid="no-incidents">
          {status === "open" ? t("partner.list.emptyOpen") : t("partner.list.emptyClosed")}
        </Text>
      ) : null}
      <Stack gap="sm" aria-busy={query.isFetching}>
        {sorted.map((item) => (
          <IncidentCard key={item.id} item={item} awaiting={waiting(item)} />
        ))}
      </Stack>
      {query.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void query.fetchNextPage()}
          loading={query.isFetchingNextPage}
          style={{ alignSelf: "flex-start" }}
        >
          {t("partner.list.more")}
        </Button>
      ) : null}
    </Stack>
  );
}
