import { Card, Code, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OwnEvidence } from "../../../api/reply-evidence.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { formatBytes } from "../../../lib/time.ts";

/**
 * The files the partner (or the link) uploaded for their step: name, size, SHA-256 and when —
 * their own files only; other evidence of the incident is not shown to partners.
 */
export function OwnEvidenceList({ files }: { files: readonly OwnEvidence[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="own-evidence-title" data-testid="own-evidence">
      <Title order={3} size="h5" id="own-evidence-title">
        {t("extras.replyEvidence.listTitle")}
      </Title>
      {files.map((file) => (
        <Card key={file.id} withBorder p="xs" data-testid="own-evidence-item">
          <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
            {file.filename}
          </Text>
          <Text size="xs" c="dimmed">
            {formatBytes(file.sizeBytes)} · {t("extras.replyEvidence.uploadedAt")} <DateTime value={file.uploadedAt} />
          </Text>
          <Text size="xs" style={{ overflowWrap: "anywhere" }}>
            SHA-256 <Code>{file.sha256}</Code>
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
