import { Button, Group, NativeSelect, Table, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TLP_LEVELS } from "../../../../../src/core/taxonomy/tlp.ts";
import { OBSERVABLE_KINDS } from "../../../../../src/core/workflow/catalogue.ts";
import {
  addObservable,
  observablesKey,
  updateObservable,
  useObservables,
  type Observable,
} from "../../../api/observables.ts";
import { useSession } from "../../../api/session.ts";
import { ErrorAlert, errorMessage } from "../../../components/error-alert.tsx";
import { labelKey, OBSERVABLE_KIND_LABELS } from "./labels.ts";
import { SectionCard } from "./section-card.tsx";
import { useNoneOption, useVocabulary } from "./steps/options.ts";
import { TlpBadge } from "./tlp-badge.tsx";
import { mayDoReportWork } from "./work-rights.ts";

const TLP_OPTIONS = TLP_LEVELS.map((l) => ({ value: l, label: `TLP:${l}` }));

function ObservableRow({ item, editable, onSaved }: { item: Observable; editable: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const kind = labelKey(OBSERVABLE_KIND_LABELS, item.kind);
  const setTlp = async (tlp: string) => {
    try {
      await updateObservable(item.id, { tlp });
      onSaved();
    } catch (error) {
      notifications.show({ color: "red", message: errorMessage(error, t("error.unexpected")) });
    }
  };
  return (
    <Table.Tr data-testid="observable">
      <Table.Td>
        {kind ? t(kind) : item.kind}
        {item.hashAlgorithm ? ` (${item.hashAlgorithm})` : ""}
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" className="break-anywhere">
          {item.value}
        </Text>
        {item.note ? (
          <Text size="xs" c="dimmed" className="break-anywhere">
            {item.note}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {editable ? (
          <NativeSelect
            size="xs"
            aria-label={t("incident.observables.tlpOf", { value: item.value })}
            value={item.tlp}
            data={TLP_OPTIONS}
            onChange={(e) => void setTlp(e.currentTarget.value)}
          />
        ) : (
          <TlpBadge tlp={item.tlp} />
        )}
      </Table.Td>
      <Table.Td>
        <Text size="xs">{item.source === "manual" ? item.createdBy : t("incident.observables.extracted")}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The incident's observables (IOCs): listed with their TLP; analysts add them and change the TLP. */
export function ObservablesCard({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const client = useQueryClient();
  const readable = mayDoReportWork(session, "read");
  const editable = mayDoReportWork(session, "edit_observables");
  const observables = useObservables(incidentId, readable);
  const kinds = useVocabulary(OBSERVABLE_KINDS, OBSERVABLE_KIND_LABELS);
  const none = useNoneOption();
  const [draft, setDraft] = useState({ kind: "", value: "", tlp: "" });
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  if (!readable) return null;
  const refresh = () => void client.invalidateQueries({ queryKey: observablesKey(incidentId) });
  const add = async () => {
    setError(null);
    setSaving(true);
    try {
      await addObservable(incidentId, {
        kind: draft.kind,
        value: draft.value,
        ...(draft.tlp ? { tlp: draft.tlp } : {}),
      });
      setDraft({ kind: "", value: "", tlp: "" });
      refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  const items = observables.data?.items ?? [];
  return (
    <SectionCard title={t("incident.observables.title")} testId="observables">
      <ErrorAlert error={observables.error} />
      {items.length === 0 && observables.isSuccess ? (
        <Text size="sm" c="dimmed">
          {t("incident.observables.none")}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("incident.observables.kind")}</Table.Th>
                <Table.Th>{t("incident.observables.value")}</Table.Th>
                <Table.Th>TLP</Table.Th>
                <Table.Th>{t("incident.observables.source")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <ObservableRow key={item.id} item={item} editable={editable} onSaved={refresh} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {editable ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Group gap="xs" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t("incident.observables.kind")}
              required
              data={[none, ...kinds]}
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}
            />
            <TextInput
              label={t("incident.observables.value")}
              required
              style={{ flex: "1 1 14rem" }}
              value={draft.value}
              onChange={(e) => setDraft({ ...draft, value: e.currentTarget.value })}
            />
            <NativeSelect
              label="TLP"
              data={[{ value: "", label: t("incident.observables.incidentTlp") }, ...TLP_OPTIONS]}
              value={draft.tlp}
              onChange={(e) => setDraft({ ...draft, tlp: e.currentTarget.value })}
            />
            <Button type="submit" loading={saving} disabled={draft.kind === "" || draft.value.trim() === ""}>
              {t("incident.observables.add")}
            </Button>
          </Group>
          <ErrorAlert error={error} />
        </form>
      ) : null}
    </SectionCard>
  );
}
