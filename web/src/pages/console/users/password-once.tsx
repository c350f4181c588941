import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A generated password, shown this once; the user must change it at the first sign-in. */
export function PasswordOnce({
  username,
  password,
  title,
  onClose,
}: {
  username: string;
  password: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} closeOnClickOutside={false}>
      <Stack>
        <Alert color="yellow" variant="light">
          {t("users.passwordOnce")}
        </Alert>
        <div>
          <Text size="sm" c="dimmed">
            {t("users.username")}
          </Text>
          <Code fz="md">{username}</Code>
        </div>
        <div>
          <Text size="sm" c="dimmed">
            {t("users.password")}
          </Text>
          <Code fz="lg" fw={700} data-testid="generated-password">
            {password}
          </Code>
        </div>
        <Group justify="space-between">
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t("common.copied") : t("users.copyPassword")}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t("users.passwordNoted")}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
