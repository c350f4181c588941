import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { mergeReport, useRefreshReports } from "../../../api/reports.ts";
import { EMPTY_SEARCH, useSearch } from "../../../api/search.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import type { ReportRef } from "./forward-dialog.tsx";

/**
 * Merges a duplicate report into another open incident, found by its ticket code or by words of
 * its title or reports. The report's own case then closes as a duplicate and its reporter is told.
 */
export function MergeDialog({ report, onClose }: { report: ReportRef; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshReports();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const [target, setTarget] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const results = useSearch({ ...EMPTY_SEARCH, q: debounced, status: "open" }, debounced.length >= 2);
  const candidates = (results.data?.pages[0]?.items ?? []).filter((hit) => hit.id !== report.incidentId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const chosen = candidates.find((c) => String(c.id) === target);
      await mergeReport(report.id, Number(target));
      notifications.show({
        color: "green",
        message: t("inbox.merged", { code: report.code, target: chosen?.code ?? target }),
      });
      await refresh();
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t("inbox.mergeDialog.title")} size="lg">
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm">
            <Text span ff="monospace">
              {report.code}
            </Text>{" "}
            — <span className="break-anywhere">{report.title}</span>
          </Text>
          <Text size="sm" c="dimmed">
            {t("inbox.mergeDialog.intro")}
          </Text>
          <TextInput
            type="search"
            label={t("inbox.mergeDialog.search")}
            description={t("inbox.mergeDialog.searchHint")}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setTarget("");
              setMissing(false);
            }}
            data-autofocus
            error={missing && candidates.length === 0 ? t("inbox.mergeDialog.chooseFirst") : undefined}
          />
          {debounced.length >= 2 && !results.isPending && candidates.length === 0 && (
            <Alert color="gray" variant="light">
              {t("inbox.mergeDialog.noResults")}
            </Alert>
          )}
          {candidates.length > 0 && (
            <Radio.Group
              label={t("inbox.mergeDialog.target")}
              value={target}
              onChange={(value) => {
                setTarget(value);
                setMissing(false);
              }}
              error={missing ? t("inbox.mergeDialog.chooseFirst") : undefined}
            >
              <Stack gap="xs" mt="xs">
                {candidates.map((hit) => (
                  <Radio
                    key={hit.id}
                    value={String(hit.id)}
                    label={
                      <span>
                        <Text span ff="monospace" fw={600}>
                          {hit.code}
                        </Text>{" "}
                        <span className="break-anywhere">{hit.title}</span>
                      </span>
                    }
                    description={<DateTime value={hit.openedAt} />}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("inbox.cancel")}
            </Button>
            <Button type="submit" color="orange.8" loading={busy}>
              {t("inbox.mergeDialog.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
