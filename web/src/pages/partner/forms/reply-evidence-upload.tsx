import { Button, FileButton, Group, Progress, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OwnEvidence } from "../../../api/reply-evidence.ts";
import type { UploadProgress } from "../../../api/upload.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";

/** What a page gives its step form to attach files to the step (signed in, or through the link). */
export interface ReplyEvidenceProps {
  /** Sends files to the step; resolves to the stored files. */
  upload: (files: File[], onProgress: (progress: UploadProgress) => void) => Promise<OwnEvidence[]>;
  /** The files this partner (or link) already uploaded for the step. */
  files: readonly OwnEvidence[];
  /** Called after an upload, so the page refreshes its list of files. */
  onUploaded: () => void;
}

/**
 * A button that uploads files for one reply, with a progress bar; the stored files are handed to
 * `onStored` (the reply card names them in its evidence text, so the reply record points at them).
 */
export function ReplyEvidenceUpload({
  evidence,
  onStored,
  testId,
}: {
  evidence: ReplyEvidenceProps;
  onStored: (files: OwnEvidence[]) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [stored, setStored] = useState<OwnEvidence[]>([]);

  const send = async (files: File[]) => {
    if (files.length === 0) return;
    setError(null);
    setPercent(0);
    try {
      const items = await evidence.upload(files, (p) => setPercent(p.total > 0 ? (p.loaded * 100) / p.total : 0));
      setStored((previous) => [...previous, ...items]);
      onStored(items);
      evidence.onUploaded();
    } catch (e) {
      setError(e);
    } finally {
      setPercent(null);
    }
  };

  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <FileButton
          onChange={(files) => void send(files)}
          multiple
          inputProps={{ id: `${testId}-input`, "aria-label": t("extras.replyEvidence.attach") }}
        >
          {(props) => (
            <Button {...props} variant="light" size="xs" loading={percent !== null} data-testid={testId}>
              {t("extras.replyEvidence.attach")}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t("extras.replyEvidence.attachHint")}
        </Text>
      </Group>
      {percent !== null ? (
        <Progress value={percent} size="sm" aria-label={t("extras.replyEvidence.progress")} animated />
      ) : null}
      {stored.length > 0 ? (
        <Text size="xs" c="green.8" role="status" data-testid={`${testId}-done`}>
          {t("extras.replyEvidence.stored", { files: stored.map((f) => f.filename).join(", ") })}
        </Text>
      ) : null}
      <ErrorAlert error={error} title={t("extras.replyEvidence.failed")} />
    </Stack>
  );
}
