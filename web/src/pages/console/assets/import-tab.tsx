import { Alert, Button, Code, FileInput, Group, List, Stack, Table, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { ASSET_KEYS, importAssets, importProblems, type ImportSummary } from "../../../api/assets.ts";
import { ORGANISATION_KEYS } from "../../../api/organisations.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";

const COLUMNS =
  "application,description,urls,owner_agency,developer,iiv,notes,server,server_hostname,server_addresses,server_location,server_provider";

/**
 * The CSV import: all rows or none. A refused file lists each problem with its spreadsheet row
 * and column, in the reader's language (the server writes them so), to be fixed in one go.
 */
export function ImportTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const problems = error instanceof ApiError ? importProblems(error.details) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    setSummary(null);
    try {
      setSummary(await importAssets(file));
      await Promise.all(
        [ASSET_KEYS.applications, ASSET_KEYS.servers, ORGANISATION_KEYS.all].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={960}>
      <Text>{t("assets.import.intro")}</Text>
      <div>
        <Text size="sm" fw={600}>
          {t("assets.import.columns")}
        </Text>
        <Code block className="break-anywhere" style={{ whiteSpace: "pre-wrap" }}>
          {COLUMNS}
        </Code>
        <Text size="sm" c="dimmed" mt={4}>
          {t("assets.import.rules")}
        </Text>
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Group align="flex-end">
          <FileInput
            label={t("assets.import.file")}
            placeholder={t("assets.import.choose")}
            accept=".csv,text/csv"
            clearable
            value={file}
            onChange={(f) => {
              setFile(f);
              setMissing(false);
            }}
            error={missing ? t("validation.required") : undefined}
            w={360}
            data-testid="import-file"
          />
          <Button type="submit" loading={busy}>
            {t("assets.import.submit")}
          </Button>
        </Group>
      </form>
      {error !== null && problems.length === 0 && <ErrorAlert error={error} />}
      {problems.length > 0 && (
        <Alert color="red" variant="light" role="alert" title={error instanceof ApiError ? error.message : undefined}>
          <Table verticalSpacing={4} data-testid="import-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("assets.import.row")}</Table.Th>
                <Table.Th scope="col">{t("assets.import.column")}</Table.Th>
                <Table.Th scope="col">{t("assets.import.problem")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.row ?? "—"}</Table.Td>
                  <Table.Td ff="monospace">{p.column ?? "—"}</Table.Td>
                  <Table.Td className="break-anywhere">{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      {summary && (
        <Alert color="green" variant="light" role="status" title={t("assets.import.done")}>
          <List size="sm">
            <List.Item>
              {t("assets.import.applications", {
                created: summary.applications.created,
                updated: summary.applications.updated,
                unchanged: summary.applications.unchanged,
              })}
            </List.Item>
            <List.Item>
              {t("assets.import.servers", {
                created: summary.servers.created,
                updated: summary.servers.updated,
                unchanged: summary.servers.unchanged,
              })}
            </List.Item>
            <List.Item>{t("assets.import.links", { count: summary.linksAdded })}</List.Item>
            {summary.organisationsCreated.length > 0 && (
              <List.Item>
                {t("assets.import.organisations", { names: summary.organisationsCreated.join(", ") })}
              </List.Item>
            )}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
