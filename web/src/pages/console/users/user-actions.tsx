import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../components/error-alert.tsx";
import { resetUserPassword, setUserDisabled, type User } from "../../../api/users.ts";
import { useSession } from "../../../api/session.ts";

type Pending = "disable" | "reset" | null;

/** Disable or enable an account, or give it a new generated password; each asks first. */
export function UserActions({
  user,
  onChanged,
  onPassword,
}: {
  user: User;
  onChanged: () => unknown;
  onPassword: (password: string) => void;
}) {
  const { t } = useTranslation();
  const self = useSession().data?.user.id === user.id;
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      if (pending === "disable") {
        await setUserDisabled(user.id, !user.disabled);
        notifications.show({
          color: "green",
          message: user.disabled
            ? t("users.enabledDone", { name: user.displayName })
            : t("users.disabledDone", { name: user.displayName }),
        });
        await onChanged();
      } else if (pending === "reset") {
        const result = await resetUserPassword(user.id);
        await onChanged();
        if (result.password) onPassword(result.password);
      }
      setPending(null);
    } catch (error) {
      notifications.show({ color: "red", message: errorMessage(error, t("error.unexpected")) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          variant="default"
          disabled={self}
          onClick={() => setPending("disable")}
          aria-label={t(user.disabled ? "users.enableNamed" : "users.disableNamed", { name: user.username })}
        >
          {user.disabled ? t("users.enable") : t("users.disable")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => setPending("reset")}
          aria-label={t("users.resetNamed", { name: user.username })}
        >
          {t("users.reset")}
        </Button>
      </Group>
      {pending && (
        <Modal
          opened
          onClose={() => setPending(null)}
          title={pending === "reset" ? t("users.reset") : user.disabled ? t("users.enable") : t("users.disable")}
        >
          <Stack>
            <Text>
              {pending === "reset"
                ? t("users.confirmReset", { name: user.displayName })
                : user.disabled
                  ? t("users.confirmEnable", { name: user.displayName })
                  : t("users.confirmDisable", { name: user.displayName })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                {t("users.cancel")}
              </Button>
              <Button
                color={pending === "disable" && !user.disabled ? "red.8" : undefined}
                loading={busy}
                onClick={() => void run()}
              >
                {t("users.confirm")}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
