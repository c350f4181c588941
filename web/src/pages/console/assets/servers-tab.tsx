import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SERVER_LOCATIONS, SERVER_LOCATION_LABELS } from "../../../../../src/core/assets/registry.ts";
import type { ServerLocation } from "../../../../../src/db/schema.ts";
import { useServers, type Server } from "../../../api/assets.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { ListPages } from "./list-controls.tsx";
import { ServerDialog } from "./server-dialog.tsx";
import { ServerDrawer } from "./server-drawer.tsx";

const PAGE_SIZE = 50;

/** The servers: where each runs, and (opened) the applications on it. */
export function ServersTab({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [q, setQ] = useState("");
  const [location, setLocation] = useState<ServerLocation | "">("");
  const [retired, setRetired] = useState(false);
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [editing, setEditing] = useState<Server | "new" | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const list = useServers({
    q: debounced || undefined,
    ...(location ? { location } : {}),
    includeRetired: retired || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TextInput
            type="search"
            label={t("assets.servers.search")}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
          />
          <NativeSelect
            label={t("assets.servers.location")}
            value={location}
            onChange={(e) => {
              setLocation(e.currentTarget.value as ServerLocation | "");
              setPage(1);
            }}
            data={[
              { value: "", label: t("assets.all") },
              ...SERVER_LOCATIONS.map((l) => ({ value: l, label: localized(SERVER_LOCATION_LABELS[l], language) })),
            ]}
          />
          <Checkbox
            label={t("assets.includeRetired")}
            checked={retired}
            onChange={(e) => {
              setRetired(e.currentTarget.checked);
              setPage(1);
            }}
            mb={8}
          />
        </Group>
        {manage && <Button onClick={() => setEditing("new")}>{t("assets.servers.create")}</Button>}
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : list.data && list.data.items.length === 0 ? (
        <Alert color="gray" variant="light">
          {t("assets.servers.empty")}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("assets.servers.name")}</Table.Th>
                <Table.Th scope="col">{t("assets.servers.hostname")}</Table.Th>
                <Table.Th scope="col">{t("assets.servers.addresses")}</Table.Th>
                <Table.Th scope="col">{t("assets.servers.location")}</Table.Th>
                <Table.Th scope="col">{t("assets.servers.applications")}</Table.Th>
                {manage && <Table.Th scope="col">{t("assets.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((server) => (
                <Table.Tr key={server.id}>
                  <Table.Td fw={600}>
                    {server.name}
                    {server.retired && (
                      <Badge ml="xs" color="gray" variant="light">
                        {t("assets.retired")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td className="break-anywhere">{server.hostname}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" className="break-anywhere">
                      {server.addresses.join(", ")}
                    </Text>
                  </Table.Td>
                  <Table.Td>{localized(SERVER_LOCATION_LABELS[server.location], language)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setOpen(server.id)}
                      aria-label={t("assets.servers.showApplications", { name: server.name })}
                    >
                      {t("assets.servers.applicationCount", { count: server.applications.length })}
                    </Anchor>
                  </Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(server)}
                        aria-label={t("assets.editNamed", { name: server.name })}
                      >
                        {t("assets.edit")}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && <ListPages total={list.data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />}
      {editing && <ServerDialog server={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      <ServerDrawer id={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
