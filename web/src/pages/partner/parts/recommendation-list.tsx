import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Recommendation } from "../../../api/partner.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { formatDateTime } from "../../../lib/time.ts";
import { labelOf, OWNER_LABELS, RECOMMENDATION_STATUS_LABELS } from "./labels.ts";

const STATUS_COLOURS: Readonly<Record<string, string>> = {
  open: "gray",
  done: "green",
  in_progress: "blue",
  cannot: "red",
};

/** A calendar date (`2026-12-11`, no time of day) as people read it, the same in every zone. */
function LocalDateText({ value }: { value: string }) {
  const { i18n } = useTranslation();
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? formatDateTime(`${value}T00:00:00Z`, { language: i18n.language, timeZone: "UTC", dateOnly: true })
    : value;
  return <time dateTime={value}>{text}</time>;
}

/** One recommendation's header line: number, who carries it out, by when, where it stands. */
export function RecommendationHeader({ recommendation: r }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  const owner = labelOf(OWNER_LABELS, r.owner);
  const status = labelOf(RECOMMENDATION_STATUS_LABELS, r.status);
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={700}>{t("partner.recommendations.number", { number: r.number })}</Text>
        <Badge color={STATUS_COLOURS[r.status] ?? "gray"}>{status ? t(status) : r.status}</Badge>
      </Group>
      <Text className="user-text">{r.body}</Text>
      <Text size="sm" c="dimmed">
        {t("partner.recommendations.owner")}: {owner ? t(owner) : r.owner}
        {r.deadline ? (
          <>
            {" · "}
            {t("partner.recommendations.deadline")}: <LocalDateText value={r.deadline} />
          </>
        ) : null}
        {r.source === "upstream" ? ` · ${t("partner.recommendations.fromUpstream")}` : ""}
      </Text>
    </Stack>
  );
}

/** The developer's recorded reply to a recommendation, if any. */
function Reply({ recommendation: r }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  if (!r.repliedAt) return null;
  return (
    <Stack gap={2} pl="sm" style={{ borderLeft: "3px solid var(--mantine-color-gray-4)" }}>
      <Text size="sm" fw={600}>
        {t("partner.recommendations.reply")} (<DateTime value={r.repliedAt} />)
      </Text>
      {r.replySteps ? (
        <Text size="sm" className="user-text">
          {r.replySteps}
        </Text>
      ) : null}
      {r.replyEvidence ? (
        <Text size="sm" className="user-text">
          {t("partner.reply.evidence")}: {r.replyEvidence}
        </Text>
      ) : null}
      {r.replyReason ? (
        <Text size="sm" className="user-text">
          {t("partner.reply.reason")}: {r.replyReason}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The numbered recommendations with the replies recorded so far. */
export function RecommendationList({ recommendations }: { recommendations: readonly Recommendation[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="recommendations-title" data-testid="recommendations">
      <Title order={2} size="h3" id="recommendations-title">
        {t("partner.recommendations.title")}
      </Title>
      {recommendations.length === 0 ? <Text c="dimmed">{t("partner.recommendations.none")}</Text> : null}
      {recommendations.map((r) => (
        <Card withBorder key={r.number} data-testid={`recommendation-${r.number}`}>
          <Stack gap="xs">
            <RecommendationHeader recommendation={r} />
            <Reply recommendation={r} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
