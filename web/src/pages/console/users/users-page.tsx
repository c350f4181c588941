import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLE_LABELS, ROLES, type Role } from "../../../../../src/core/roles.ts";
import { useOrganisationChoices } from "../../../api/organisations.ts";
import { USER_KEYS, useUsers, type User } from "../../../api/users.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { ListPages } from "../assets/list-controls.tsx";
import { CreateUserDialog, SPECIALTY_LABELS } from "./create-user-dialog.tsx";
import { PasswordOnce } from "./password-once.tsx";
import { UserActions } from "./user-actions.tsx";

const PAGE_SIZE = 50;

/** `/console/users` (administrators): every account, new ones for any role, disabling and password resets. */
export default function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t("users.title"));
  const language = currentLanguage();
  const client = useQueryClient();
  const [q, setQ] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [showDisabled, setShowDisabled] = useState(true);
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ user: User; password: string; title: string } | null>(null);
  const users = useUsers({
    q: debounced || undefined,
    role: role || undefined,
    disabled: showDisabled ? undefined : false,
    page,
    pageSize: PAGE_SIZE,
  });
  const organisations = new Map(
    (useOrganisationChoices(["agency", "vendor", "upstream", "csirt", "other"]).data ?? []).map((o) => [o.id, o.name]),
  );
  const refresh = () => client.invalidateQueries({ queryKey: USER_KEYS.all });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("users.title")}</Title>
          <Text c="dimmed">{t("users.intro")}</Text>
        </div>
        <Button onClick={() => setCreating(true)}>{t("users.create")}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          type="search"
          label={t("users.search")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
        />
        <NativeSelect
          label={t("users.role")}
          value={role}
          onChange={(e) => {
            setRole(e.currentTarget.value as Role | "");
            setPage(1);
          }}
          data={[
            { value: "", label: t("users.allRoles") },
            ...ROLES.map((r) => ({ value: r, label: localized(ROLE_LABELS[r], language) })),
          ]}
        />
        <Checkbox
          mb={8}
          label={t("users.showDisabled")}
          checked={showDisabled}
          onChange={(e) => {
            setShowDisabled(e.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      <ErrorAlert error={users.error} />
      {users.isPending ? (
        <PageLoader />
      ) : users.data && users.data.items.length === 0 ? (
        <Alert color="gray" variant="light">
          {t("users.empty")}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs" data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("users.displayName")}</Table.Th>
                <Table.Th scope="col">{t("users.role")}</Table.Th>
                <Table.Th scope="col">{t("users.organisationOrSpecialty")}</Table.Th>
                <Table.Th scope="col">{t("users.status")}</Table.Th>
                <Table.Th scope="col">{t("users.lastLogin")}</Table.Th>
                <Table.Th scope="col">{t("users.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td miw={180}>
                    <Text fw={600} style={{ overflowWrap: "break-word" }}>
                      {user.displayName}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {user.username}
                    </Text>
                  </Table.Td>
                  <Table.Td>{localized(ROLE_LABELS[user.role], language)}</Table.Td>
                  <Table.Td>
                    {user.organisationId !== null
                      ? (organisations.get(user.organisationId) ?? `#${user.organisationId}`)
                      : user.specialty && user.specialty in SPECIALTY_LABELS
                        ? t(SPECIALTY_LABELS[user.specialty])
                        : ""}
                  </Table.Td>
                  <Table.Td miw={190}>
                    <Group gap={4}>
                      {user.disabled ? (
                        <Badge color="gray" variant="filled">
                          {t("users.disabled")}
                        </Badge>
                      ) : (
                        <Badge color="teal.8" variant="filled" autoContrast>
                          {t("users.active")}
                        </Badge>
                      )}
                      {user.lockedUntil && new Date(user.lockedUntil) > new Date() && (
                        <Badge color="orange.8" variant="filled" autoContrast>
                          {t("users.locked")}
                        </Badge>
                      )}
                      {user.mustChangePassword && (
                        <Badge color="yellow.9" variant="filled" autoContrast style={{ textTransform: "none" }}>
                          {t("users.mustChange")}
                        </Badge>
                      )}
                      {user.totpEnabled && (
                        <Badge color="blue" variant="light">
                          2FA
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{user.lastLoginAt ? <DateTime value={user.lastLoginAt} /> : t("users.never")}</Table.Td>
                  <Table.Td>
                    <UserActions
                      user={user}
                      onChanged={refresh}
                      onPassword={(password) => setShown({ user, password, title: t("users.resetDone") })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {users.data && <ListPages total={users.data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />}
      {creating && (
        <CreateUserDialog
          onClose={() => setCreating(false)}
          onCreated={(user, password) => {
            setCreating(false);
            void refresh();
            if (password) setShown({ user, password, title: t("users.created", { name: user.displayName }) });
          }}
        />
      )}
      {shown && (
        <PasswordOnce
          username={shown.user.username}
          password={shown.password}
          title={shown.title}
          onClose={() => setShown(null)}
        />
      )}
    </Stack>
  );
}
