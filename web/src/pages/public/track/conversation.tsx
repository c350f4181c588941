import { Badge, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_LIMITS } from "../../../../../src/core/reports/limits.ts";
import { sendReporterMessage, type PublicReportView } from "../../../api/public-reports.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";

/** Questions from the CSIRT and the reporter's answers, oldest first, and a box to write back. */
export function Conversation({ report, token }: { report: PublicReportView; token: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [body, setBody] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (text: string) => sendReporterMessage(report.code, token, text),
    onSuccess: async () => {
      setBody("");
      notifications.show({ color: "green", message: t("track.messageSent") });
      await client.invalidateQueries({ queryKey: ["public", "report", report.code, token] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") return setFieldError(t("validation.required"));
    // Characters as the server counts them: code points, not UTF-16 units.
    if ([...body.trim()].length > REPORT_LIMITS.message) {
      return setFieldError(t("validation.tooLong", { max: REPORT_LIMITS.message }));
    }
    setFieldError(null);
    send.mutate(body);
  };

  return (
    <Card withBorder component="section" aria-labelledby="conversation-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="conversation-title">
          {t("track.messages")}
        </Title>
        {report.messages.length === 0 ? <Text size="sm">{t("track.noMessages")}</Text> : null}
        <Stack gap="xs" data-testid="messages">
          {report.messages.map((message) => (
            <Paper
              key={message.id}
              withBorder
              p="sm"
              bg={message.from === "csirt" ? "blue.0" : "gray.0"}
              ml={message.from === "reporter" ? "lg" : 0}
              mr={message.from === "csirt" ? "lg" : 0}
            >
              <Group gap="xs" mb={4} wrap="wrap">
                <Text size="sm" fw={700}>
                  {message.from === "csirt" ? t("track.fromCsirt") : t("track.fromYou")}
                </Text>
                {message.isQuestion ? (
                  <Badge size="sm" color="orange">
                    {t("track.question")}
                  </Badge>
                ) : null}
                <Text size="xs" c="dimmed">
                  <DateTime value={message.createdAt} />
                </Text>
              </Group>
              <Text size="sm" className="user-text">
                {message.body}
              </Text>
            </Paper>
          ))}
        </Stack>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t("track.reply")}
              description={t("track.replyHint")}
              autosize
              minRows={3}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={fieldError}
            />
            <ErrorAlert error={send.error} />
            <Button type="submit" loading={send.isPending} w="fit-content">
              {t("track.send")}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
