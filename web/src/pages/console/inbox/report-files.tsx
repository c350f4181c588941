import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { evidenceDownloadUrl, type ReportAttachment } from "../../../api/reports.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { tk } from "../../../i18n/index.ts";
import { formatBytes } from "../../../lib/time.ts";

const KIND_LABELS: Record<string, ReturnType<typeof tk>> = {
  evidence: tk("inbox.detail.fileKind.evidence"),
  identity: tk("inbox.detail.fileKind.identity"),
  letter_scan: tk("inbox.detail.fileKind.letter_scan"),
  reply_evidence: tk("inbox.detail.fileKind.reply_evidence"),
};

/** The report's files with their SHA-256; each downloads as an attachment (recorded in its chain of custody). */
export function ReportFiles({ files }: { files: ReportAttachment[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="files-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="files-heading">
          {t("inbox.detail.files")}
        </Title>
        {files.length === 0 ? (
          <Text c="dimmed">{t("inbox.detail.noFiles")}</Text>
        ) : (
          <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {files.map((file) => {
              const kind = KIND_LABELS[file.kind];
              return (
                <li key={file.id}>
                  <Group gap="xs" wrap="wrap">
                    <Anchor href={evidenceDownloadUrl(file.id)} download fw={600} className="break-anywhere">
                      {file.filename}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {kind ? t(kind) : file.kind} · {formatBytes(file.sizeBytes)} · TLP:{file.tlp} ·{" "}
                      <DateTime value={file.uploadedAt} />
                    </Text>
                  </Group>
                  <Text size="xs" ff="monospace" c="dimmed" className="break-anywhere">
                    SHA-256 {file.sha256}
                  </Text>
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
