import { Alert, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { settingsProblems, useSaveSettings, type SettingsPatch, type SettingsProblem } from "../../../api/settings.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";

/**
 * One section of the settings, saved on its own. When the server refuses the change it lists every
 * problem (already in the reader's language) and nothing is changed.
 */
export function SettingsSection({
  title,
  description,
  patch,
  children,
  testId,
}: {
  title: string;
  description?: string;
  /** The change to save, or null when the form itself found something to fix first. */
  patch: () => SettingsPatch | null;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const save = useSaveSettings();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<SettingsProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change = patch();
    if (!change) return;
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      await save(change);
      notifications.show({ color: "green", message: t("settings.saved", { section: title }) });
    } catch (caught) {
      const listed = caught instanceof ApiError ? settingsProblems(caught.details) : [];
      setProblems(listed);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid={testId}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {children}
          {problems.length > 0 ? (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title={error instanceof ApiError ? error.message : undefined}
            >
              <List size="sm" data-testid="settings-problems">
                {problems.map((p, i) => (
                  <List.Item key={i}>
                    <Text span ff="monospace" size="sm">
                      {p.path}
                    </Text>
                    {": "}
                    {p.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t("settings.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
