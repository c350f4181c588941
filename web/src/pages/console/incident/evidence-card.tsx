import { Anchor, Button, FileInput, Group, NativeSelect, Progress, Stack, Table, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TLP_LEVELS } from "../../../../../src/core/taxonomy/tlp.ts";
import { evidenceDownloadUrl, evidenceKey, uploadEvidence, useIncidentEvidence } from "../../../api/evidence.ts";
import { useSession } from "../../../api/session.ts";
import type { UploadProgress } from "../../../api/upload.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { formatBytes } from "../../../lib/time.ts";
import { SectionCard } from "./section-card.tsx";
import { TlpBadge } from "./tlp-badge.tsx";
import { mayDoReportWork } from "./work-rights.ts";

function UploadForm({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [tlp, setTlp] = useState("");
  const [note, setNote] = useState("");
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    setError(null);
    setProgress({ loaded: 0, total: 1 });
    try {
      await uploadEvidence(incidentId, { files, tlp, note }, setProgress);
      setFiles([]);
      setNote("");
      await client.invalidateQueries({ queryKey: evidenceKey(incidentId) });
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(null);
    }
  };
  const percent = progress ? Math.round((progress.loaded / Math.max(progress.total, 1)) * 100) : 0;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <Stack gap="xs">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <FileInput
            label={t("incident.evidence.files")}
            multiple
            clearable
            value={files}
            onChange={setFiles}
            style={{ flex: "1 1 14rem" }}
          />
          <NativeSelect
            label="TLP"
            value={tlp}
            onChange={(e) => setTlp(e.currentTarget.value)}
            data={[
              { value: "", label: t("incident.observables.incidentTlp") },
              ...TLP_LEVELS.map((l) => ({ value: l, label: `TLP:${l}` })),
            ]}
          />
          <TextInput
            label={t("incident.evidence.note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: "1 1 12rem" }}
          />
          <Button type="submit" disabled={files.length === 0} loading={progress !== null}>
            {t("incident.evidence.upload")}
          </Button>
        </Group>
        {progress ? <Progress value={percent} aria-label={t("incident.evidence.progress")} /> : null}
        <ErrorAlert error={error} />
      </Stack>
    </form>
  );
}

/** The incident's evidence with its hashes, downloads (as attachments, recorded in the custody chain) and uploads. */
export function EvidenceCard({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const readable = mayDoReportWork(session, "read");
  const evidence = useIncidentEvidence(incidentId, readable);
  if (!readable) return null;
  const items = evidence.data?.items ?? [];
  return (
    <SectionCard title={t("incident.evidence.title")} testId="evidence">
      <ErrorAlert error={evidence.error} />
      {evidence.isSuccess && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("incident.evidence.none")}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("incident.evidence.file")}</Table.Th>
                <Table.Th>SHA-256</Table.Th>
                <Table.Th>TLP</Table.Th>
                <Table.Th>{t("incident.evidence.uploaded")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} data-testid="evidence-item">
                  <Table.Td>
                    <Anchor
                      href={evidenceDownloadUrl(item.id)}
                      download={item.filename}
                      size="sm"
                      className="break-anywhere"
                    >
                      {item.filename}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.mediaType} · {formatBytes(item.sizeBytes)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" className="break-anywhere" data-testid="evidence-sha256">
                      {item.sha256}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <TlpBadge tlp={item.tlp} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{item.uploadedBy}</Text>
                    <Text size="xs" c="dimmed">
                      <DateTime value={item.uploadedAt} />
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {mayDoReportWork(session, "record") ? <UploadForm incidentId={incidentId} /> : null}
    </SectionCard>
  );
}
