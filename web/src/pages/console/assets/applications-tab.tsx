import { Alert, Anchor, Badge, Button, Checkbox, Group, List, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApplications, type Application } from "../../../api/assets.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { ApplicationDialog } from "./application-dialog.tsx";
import { ApplicationDrawer } from "./application-drawer.tsx";
import { ListPages } from "./list-controls.tsx";

const PAGE_SIZE = 50;

/** The applications with their URLs, owner agency, developer and IIV flag. */
export function ApplicationsTab({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [retired, setRetired] = useState(false);
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [editing, setEditing] = useState<Application | "new" | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const list = useApplications({
    q: debounced || undefined,
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
            label={t("assets.applications.search")}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
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
        {manage && <Button onClick={() => setEditing("new")}>{t("assets.applications.create")}</Button>}
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : list.data && list.data.items.length === 0 ? (
        <Alert color="gray" variant="light">
          {t("assets.applications.empty")}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs" data-testid="applications-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("assets.applications.name")}</Table.Th>
                <Table.Th scope="col">{t("assets.applications.urls")}</Table.Th>
                <Table.Th scope="col">{t("assets.applications.owner")}</Table.Th>
                <Table.Th scope="col">{t("assets.applications.developer")}</Table.Th>
                <Table.Th scope="col">{t("assets.applications.iiv")}</Table.Th>
                {manage && <Table.Th scope="col">{t("assets.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((app) => (
                <Table.Tr key={app.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={600} onClick={() => setOpen(app.id)}>
                      {app.name}
                    </Anchor>
                    {app.retired && (
                      <Badge ml="xs" color="gray" variant="light">
                        {t("assets.retired")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td maw={320}>
                    <List size="sm" listStyleType="none" className="break-anywhere">
                      {app.urls.map((url) => (
                        <List.Item key={url}>
                          <Text span ff="monospace" size="sm">
                            {url}
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>{app.owner?.name}</Table.Td>
                  <Table.Td>{app.developer?.name}</Table.Td>
                  <Table.Td>
                    {app.iiv ? (
                      <Badge color="red.8" variant="filled" autoContrast>
                        {t("assets.applications.iivYes")}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t("assets.applications.iivNo")}
                      </Text>
                    )}
                  </Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(app)}
                        aria-label={t("assets.editNamed", { name: app.name })}
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
      {editing && (
        <ApplicationDialog application={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
      <ApplicationDrawer id={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
