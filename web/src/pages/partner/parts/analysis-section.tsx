import { Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Analysis } from "../../../api/partner.ts";

/** The CSIRT's analysis (step 6): root cause, impact and findings, as plain text. */
export function AnalysisSection({ analysis }: { analysis: Analysis | null }) {
  const { t } = useTranslation();
  const parts = [
    { label: t("partner.analysis.rootCause"), text: analysis?.rootCause },
    { label: t("partner.analysis.impact"), text: analysis?.impact },
    { label: t("partner.analysis.findings"), text: analysis?.findings },
  ].filter((p): p is { label: string; text: string } => !!p.text);
  return (
    <Stack gap="xs" component="section" aria-labelledby="analysis-title" data-testid="analysis">
      <Title order={2} size="h3" id="analysis-title">
        {t("partner.analysis.title")}
      </Title>
      {parts.length === 0 ? (
        <Text c="dimmed">{t("partner.analysis.none")}</Text>
      ) : (
        <Card withBorder>
          <Stack gap="sm">
            {parts.map((p) => (
              <Stack gap={2} key={p.label}>
                <Text size="sm" fw={700}>
                  {p.label}
                </Text>
                <Text size="sm" className="user-text">
                  {p.text}
                </Text>
              </Stack>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
