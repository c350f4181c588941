import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SEVERITIES, SEVERITY_LABELS } from "../../../../../src/core/severity.ts";
import { INCIDENT_TYPE_CODES, INCIDENT_TYPES } from "../../../../../src/core/taxonomy/incident-types.ts";
import { PAP_LEVELS } from "../../../../../src/core/taxonomy/pap.ts";
import { TLP_LEVELS } from "../../../../../src/core/taxonomy/tlp.ts";
import { classifyIncident } from "../../../api/incident-actions.ts";
import { useRefreshIncidents, type IncidentDetail } from "../../../api/incidents.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import {
  classificationChanges,
  classificationErrors,
  initialClassification,
  type ClassificationErrors,
  type ClassificationValues,
} from "./classification-values.ts";

const SCALE = ["1", "2", "3", "4", "5"];

/**
 * "Edit classification" for those the incident's abilities allow (the lead and analysts): type,
 * impact × likelihood, a severity override with its required reason, TLP and PAP. Only what
 * changed is sent; the server checks and audits it.
 */
export function ClassificationDialog({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (!detail.abilities.classify || detail.incident.status !== "open") return null;
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)} data-testid="classification-open">
        {t("extras.classification.open")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("extras.classification.title")} size="lg">
        {opened ? <ClassificationForm detail={detail} onClose={() => setOpened(false)} /> : null}
      </Modal>
    </>
  );
}

function ClassificationForm({ detail, onClose }: { detail: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const refresh = useRefreshIncidents();
  const initial = initialClassification(detail.incident);
  const [values, setValues] = useState<ClassificationValues>(initial);
  const [shownErrors, setShownErrors] = useState<ClassificationErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof ClassificationValues>(key: K, value: ClassificationValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (key: keyof ClassificationValues) => {
    const messageKey = shownErrors[key];
    return messageKey ? t(messageKey) : undefined;
  };

  const save = async () => {
    setError(null);
    setNotice(null);
    const errors = classificationErrors(values);
    setShownErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const body = classificationChanges(initial, values);
    if (!body) {
      setNotice(t("extras.classification.nothingChanged"));
      return;
    }
    setSaving(true);
    try {
      await classifyIncident(detail.incident.id, body);
      await refresh();
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const scale = [{ value: "", label: "—" }, ...SCALE.map((n) => ({ value: n, label: n }))];
  return (
    <form
      noValidate
      data-testid="classification-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        <NativeSelect
          label={t("extras.classification.type")}
          value={values.typeCode}
          onChange={(e) => set("typeCode", e.currentTarget.value)}
          data={INCIDENT_TYPE_CODES.map((code) => ({
            value: code,
            label: `${code} · ${localized(INCIDENT_TYPES[code].label, language)}`,
          }))}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={t("extras.classification.impact")}
            value={values.impact}
            onChange={(e) => set("impact", e.currentTarget.value)}
            data={scale}
            error={errorOf("impact")}
          />
          <NativeSelect
            label={t("extras.classification.likelihood")}
            value={values.likelihood}
            onChange={(e) => set("likelihood", e.currentTarget.value)}
            data={scale}
            error={errorOf("likelihood")}
          />
        </SimpleGrid>
        <Checkbox
          label={t("extras.classification.override")}
          checked={values.override}
          onChange={(e) => set("override", e.currentTarget.checked)}
        />
        {values.override ? (
          <>
            <NativeSelect
              label={t("extras.classification.severity")}
              value={values.severity}
              onChange={(e) => set("severity", e.currentTarget.value)}
              data={SEVERITIES.map((s) => ({ value: s, label: localized(SEVERITY_LABELS[s], language) }))}
            />
            <Textarea
              label={t("extras.classification.reason")}
              withAsterisk
              autosize
              minRows={2}
              maxLength={4000}
              value={values.reason}
              onChange={(e) => set("reason", e.currentTarget.value)}
              error={errorOf("reason")}
            />
          </>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={t("extras.classification.tlp")}
            value={values.tlp}
            onChange={(e) => set("tlp", e.currentTarget.value)}
            data={TLP_LEVELS.map((l) => ({ value: l, label: `TLP:${l}` }))}
          />
          <NativeSelect
            label={t("extras.classification.pap")}
            value={values.pap}
            onChange={(e) => set("pap", e.currentTarget.value)}
            data={[
              { value: "", label: t("extras.classification.papNone") },
              ...PAP_LEVELS.map((l) => ({ value: l, label: `PAP:${l}` })),
            ]}
          />
        </SimpleGrid>
        {notice ? (
          <Text size="sm" role="status">
            {notice}
          </Text>
        ) : null}
        <ErrorAlert error={error} title={t("extras.classification.failed")} />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t("extras.classification.cancel")}
          </Button>
          <Button type="submit" loading={saving}>
            {t("extras.classification.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
