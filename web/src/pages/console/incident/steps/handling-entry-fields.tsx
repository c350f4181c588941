import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { TLP_LEVELS } from "../../../../../../src/core/taxonomy/tlp.ts";
import { OBSERVABLE_KINDS } from "../../../../../../src/core/workflow/catalogue.ts";
import type { EvidenceItem } from "../../../../api/evidence.ts";
import { useTimeZone } from "../../../../api/profile.ts";
import { zoneLabel } from "../../../../lib/time.ts";
import { OBSERVABLE_KIND_LABELS } from "../labels.ts";
import { useNoneOption, useVocabulary } from "./options.ts";
import { instantFromLocal, optional } from "./step-issues.ts";

export interface ObservableValues {
  kind: string;
  value: string;
  tlp: string;
}

/** One entry of the handling log as the form holds it. */
export interface EntryValues {
  at: string;
  body: string;
  evidenceIds: string[];
  observables: ObservableValues[];
}

export const newEntry = (at: string): EntryValues => ({ at, body: "", evidenceIds: [], observables: [] });

/** The entry as the step output takes it. */
export const entryOutput = (e: EntryValues, timeZone: string) => ({
  at: instantFromLocal(e.at, timeZone),
  body: e.body.trim(),
  evidenceIds: e.evidenceIds.map(Number),
  observables: e.observables.map((o) => ({ kind: o.kind, value: o.value.trim(), tlp: optional(o.tlp) })),
});

/** One handling-log entry: when, what was done, the evidence for it and the observables found. */
export function HandlingEntryFields<V>({
  form,
  index,
  entry,
  evidence,
  onRemove,
  onAddObservable,
  onRemoveObservable,
}: {
  form: UseFormReturnType<V>;
  index: number;
  entry: EntryValues;
  evidence: readonly EvidenceItem[];
  onRemove: (() => void) | null;
  onAddObservable: () => void;
  onRemoveObservable: (index: number) => void;
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const none = useNoneOption();
  const kinds = useVocabulary(OBSERVABLE_KINDS, OBSERVABLE_KIND_LABELS);
  const n = index + 1;
  const path = `entries.${index}`;
  return (
    <Fieldset legend={t("incident.handle.entry", { number: n })} data-testid="handling-entry-fields">
      <Stack gap="sm">
        <TextInput
          type="datetime-local"
          label={t("incident.handle.at", { number: n, zone: zoneLabel(timeZone) })}
          required
          {...form.getInputProps(`${path}.at`)}
        />
        <Textarea
          label={t("incident.handle.body", { number: n })}
          required
          autosize
          minRows={3}
          {...form.getInputProps(`${path}.body`)}
        />
        {evidence.length > 0 ? (
          <Checkbox.Group
            label={t("incident.handle.evidence", { number: n })}
            {...form.getInputProps(`${path}.evidenceIds`)}
          >
            <Stack gap={4} mt={4}>
              {evidence.map((file) => (
                <Checkbox key={file.id} value={String(file.id)} label={file.filename} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t("incident.handle.noEvidence")}
          </Text>
        )}
        {entry.observables.map((_, o) => (
          <SimpleGrid key={o} cols={{ base: 1, sm: 4 }} spacing="xs" data-testid="entry-observable">
            <NativeSelect
              label={t("incident.handle.observableKind", { number: o + 1 })}
              data={[none, ...kinds]}
              {...form.getInputProps(`${path}.observables.${o}.kind`)}
            />
            <TextInput
              label={t("incident.handle.observableValue", { number: o + 1 })}
              {...form.getInputProps(`${path}.observables.${o}.value`)}
            />
            <NativeSelect
              label={t("incident.handle.observableTlp", { number: o + 1 })}
              data={[none, ...TLP_LEVELS.map((l) => ({ value: l, label: `TLP:${l}` }))]}
              {...form.getInputProps(`${path}.observables.${o}.tlp`)}
            />
            <Button mt={24} size="xs" variant="subtle" color="red" onClick={() => onRemoveObservable(o)}>
              {t("incident.handle.removeObservable", { number: o + 1 })}
            </Button>
          </SimpleGrid>
        ))}
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={onAddObservable}>
            {t("incident.handle.addObservable")}
          </Button>
          {onRemove ? (
            <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
              {t("incident.handle.removeEntry", { number: n })}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Fieldset>
  );
}
