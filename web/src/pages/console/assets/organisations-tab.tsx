import { Alert, Button, Group, NativeSelect, Stack, Table, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_KINDS, type OrganisationKindName } from "../../../../../src/core/organisation-kinds.ts";
import { useOrganisations, type Organisation } from "../../../api/organisations.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { tk } from "../../../i18n/index.ts";
import { ListPages } from "./list-controls.tsx";
import { OrganisationDialog } from "./organisation-dialog.tsx";

/** How each kind of organisation is named. */
export const ORGANISATION_KIND_LABELS = {
  csirt: tk("assets.kind.csirt"),
  agency: tk("assets.kind.agency"),
  vendor: tk("assets.kind.vendor"),
  upstream: tk("assets.kind.upstream"),
  other: tk("assets.kind.other"),
} as const satisfies Record<OrganisationKindName, string>;

const PAGE_SIZE = 50;

/** The organisations: agencies (PD), vendors, upstream CSIRTs; administrators add and edit them. */
export function OrganisationsTab({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<OrganisationKindName | "">("");
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [editing, setEditing] = useState<Organisation | "new" | null>(null);
  const list = useOrganisations({ q: debounced || undefined, kind: kind || undefined, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TextInput
            type="search"
            label={t("assets.search")}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
          />
          <NativeSelect
            label={t("assets.organisations.kind")}
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as OrganisationKindName | "");
              setPage(1);
            }}
            data={[
              { value: "", label: t("assets.all") },
              ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(ORGANISATION_KIND_LABELS[k]) })),
            ]}
          />
        </Group>
        {manage && <Button onClick={() => setEditing("new")}>{t("assets.organisations.create")}</Button>}
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : list.data && list.data.items.length === 0 ? (
        <Alert color="gray" variant="light">
          {t("assets.organisations.empty")}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("assets.organisations.name")}</Table.Th>
                <Table.Th scope="col">{t("assets.organisations.shortName")}</Table.Th>
                <Table.Th scope="col">{t("assets.organisations.kind")}</Table.Th>
                <Table.Th scope="col">{t("assets.organisations.email")}</Table.Th>
                <Table.Th scope="col">{t("assets.organisations.phone")}</Table.Th>
                {manage && <Table.Th scope="col">{t("assets.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((org) => (
                <Table.Tr key={org.id}>
                  <Table.Td fw={600} className="break-anywhere">
                    {org.name}
                  </Table.Td>
                  <Table.Td>{org.shortName}</Table.Td>
                  <Table.Td>{t(ORGANISATION_KIND_LABELS[org.kind])}</Table.Td>
                  <Table.Td className="break-anywhere">{org.email}</Table.Td>
                  <Table.Td>{org.phone}</Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(org)}
                        aria-label={t("assets.editNamed", { name: org.name })}
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
        <OrganisationDialog organisation={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
