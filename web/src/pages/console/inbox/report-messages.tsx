import { Badge, Button, Card, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { addReportMessage, useRefreshReports, type ReportMessage } from "../../../api/reports.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";

type MessageKind = "question" | "message" | "note";

/** Messages to and from the reporter and the team's notes; staff who may record can write. */
export function ReportMessages({
  reportId,
  messages,
  canWrite,
}: {
  reportId: number;
  messages: ReportMessage[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="messages-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="messages-heading">
          {t("inbox.detail.messages")}
        </Title>
        {messages.length === 0 ? (
          <Text c="dimmed">{t("inbox.detail.noMessages")}</Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {messages.map((m) => (
              <Paper
                key={m.id}
                component="li"
                withBorder
                p="sm"
                bg={m.visibility === "internal" ? "yellow.0" : m.authorKind === "reporter" ? "gray.0" : undefined}
              >
                <Group gap="xs" mb={4}>
                  <Text fw={600} size="sm">
                    {m.authorKind === "reporter" ? t("inbox.detail.fromReporter") : m.authorLabel}
                  </Text>
                  {m.isQuestion && <Badge variant="light">{t("inbox.detail.question")}</Badge>}
                  {m.visibility === "internal" && (
                    <Badge variant="filled" autoContrast color="yellow.9">
                      {t("inbox.detail.internal")}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    <DateTime value={m.createdAt} />
                  </Text>
                </Group>
                <Text className="break-anywhere" style={{ whiteSpace: "pre-wrap" }}>
                  {m.body}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        {canWrite && <MessageForm reportId={reportId} />}
      </Stack>
    </Card>
  );
}

function MessageForm({ reportId }: { reportId: number }) {
  const { t } = useTranslation();
  const refresh = useRefreshReports();
  const [kind, setKind] = useState<MessageKind>("question");
  const [body, setBody] = useState("");
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await addReportMessage(reportId, {
        body: body.trim(),
        visibility: kind === "note" ? "internal" : "public",
        isQuestion: kind === "question",
      });
      setBody("");
      notifications.show({
        color: "green",
        message: kind === "note" ? t("inbox.detail.noteSaved") : t("inbox.detail.sent"),
      });
      await refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="message-form-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="message-form-heading">
          {t("inbox.detail.write")}
        </Title>
        <Radio.Group value={kind} onChange={(v) => setKind(v as MessageKind)} label={t("inbox.detail.messageKind")}>
          <Group gap="md" mt={4}>
            <Radio value="question" label={t("inbox.detail.kindQuestion")} />
            <Radio value="message" label={t("inbox.detail.kindMessage")} />
            <Radio value="note" label={t("inbox.detail.kindNote")} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t("inbox.detail.body")}
          description={kind === "note" ? t("inbox.detail.noteHint") : t("inbox.detail.publicHint")}
          autosize
          minRows={3}
          value={body}
          error={missing ? t("validation.required") : undefined}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setMissing(false);
          }}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {kind === "note" ? t("inbox.detail.saveNote") : t("inbox.detail.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
