import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { forwardIncident, useRefreshReports } from "../../../api/reports.ts";
import { useAnalysts } from "../../../api/users.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";

/** The report a dialog acts on. */
export interface ReportRef {
  id: number;
  code: string;
  title: string;
  incidentId: number | null;
}

/**
 * SOP step 2: the intake desk forwards the report to the CSIRT, with a note, the forwarding
 * instruction (disposisi) and, if it wishes, the analyst who is to verify it.
 */
export function ForwardDialog({ report, onClose }: { report: ReportRef; onClose: () => void }) {
  const { t } = useTranslation();
  const analysts = useAnalysts();
  const refresh = useRefreshReports();
  const [note, setNote] = useState("");
  const [disposition, setDisposition] = useState("");
  const [assignee, setAssignee] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (report.incidentId === null) return;
    setBusy(true);
    setError(null);
    try {
      await forwardIncident(report.incidentId, {
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(disposition.trim() ? { disposition: disposition.trim() } : {}),
        ...(assignee ? { assigneeUserId: Number(assignee) } : {}),
      });
      notifications.show({ color: "green", message: t("inbox.forwarded", { code: report.code }) });
      await refresh();
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const choices = [
    { value: "", label: t("inbox.forwardDialog.nobody") },
    ...(analysts.data ?? []).map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` })),
  ];

  return (
    <Modal opened onClose={onClose} title={t("inbox.forwardDialog.title")} size="lg">
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm">
            <Text span ff="monospace">
              {report.code}
            </Text>{" "}
            — <span className="break-anywhere">{report.title}</span>
          </Text>
          <Text size="sm" c="dimmed">
            {t("inbox.forwardDialog.intro")}
          </Text>
          <TextInput
            label={t("inbox.forwardDialog.disposition")}
            description={t("inbox.forwardDialog.dispositionHint")}
            maxLength={1000}
            value={disposition}
            onChange={(e) => setDisposition(e.currentTarget.value)}
          />
          <NativeSelect
            label={t("inbox.forwardDialog.assignee")}
            data={choices}
            value={assignee}
            onChange={(e) => setAssignee(e.currentTarget.value)}
          />
          <Textarea
            label={t("inbox.forwardDialog.note")}
            autosize
            minRows={3}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("inbox.cancel")}
            </Button>
            <Button type="submit" loading={busy}>
              {t("inbox.forwardDialog.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
