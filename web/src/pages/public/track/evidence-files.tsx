import { Button, Card, FileInput, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useIntakeLimits } from "../../../api/profile.ts";
import { addReporterEvidence, type PublicReportView } from "../../../api/public-reports.ts";
import type { UploadProgress } from "../../../api/upload.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { formatBytes } from "../../../lib/time.ts";
import { fileErrors, type Translate } from "../report-form/file-rules.ts";

/** The files handed over so far (with their SHA-256, the start of the chain of custody) and more to add. */
export function EvidenceFiles({ report, token }: { report: PublicReportView; token: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const limits = useIntakeLimits().data;
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const translate: Translate = (key, values) => t(key, values ?? {});

  const upload = async () => {
    if (files.length === 0) return setFieldError(t("validation.required"));
    if (limits) {
      const remaining = { ...limits, maxAttachments: Math.max(0, limits.maxAttachments - report.files.length) };
      const problem = fileErrors(files, remaining, translate);
      if (problem) return setFieldError(problem);
    }
    setFieldError(null);
    setError(null);
    setProgress({ loaded: 0, total: 1 });
    try {
      await addReporterEvidence(report.code, token, files, setProgress);
      setFiles([]);
      notifications.show({ color: "green", message: t("track.filesAdded") });
      await client.invalidateQueries({ queryKey: ["public", "report", report.code, token] });
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };

  const percent = progress ? Math.round((progress.loaded / Math.max(progress.total, 1)) * 100) : 0;
  return (
    <Card withBorder component="section" aria-labelledby="files-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="files-title">
          {t("track.files")}
        </Title>
        {report.files.length === 0 ? (
          <Text size="sm">{t("track.noFiles")}</Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {report.files.map((file) => (
              <Paper key={file.id} withBorder p="xs" component="li">
                <Text size="sm" fw={600} className="break-anywhere">
                  {file.filename}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatBytes(file.sizeBytes)} · <DateTime value={file.uploadedAt} />
                </Text>
                <Text size="xs" className="mono break-anywhere">
                  {t("track.fileHash")}: {file.sha256}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        <FileInput
          label={t("track.addFiles")}
          placeholder={t("report.fields.filesPlaceholder")}
          multiple
          clearable
          accept={limits?.allowedMediaTypes.join(",")}
          value={files}
          onChange={setFiles}
          error={fieldError}
          data-testid="track-files"
        />
        {progress ? (
          <Stack gap={4} aria-live="polite">
            <Text size="sm">{t("report.uploading", { percent })}</Text>
            <Progress value={percent} size="lg" aria-label={t("report.uploadProgress")} />
          </Stack>
        ) : null}
        <ErrorAlert error={error} />
        <Button onClick={() => void upload()} loading={progress !== null} w="fit-content" variant="light">
          {t("track.upload")}
        </Button>
      </Stack>
    </Card>
  );
}
