import { Button, NativeSelect, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { canReopenTo } from "../../../../../src/core/workflow/transitions.ts";
import type { SopDefinition } from "../../../../../src/core/sop/schema.ts";
import { reopenIncident, useRefreshIncidents, type IncidentDetail } from "../../../api/incidents.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { SectionCard } from "./section-card.tsx";
import { useNoneOption } from "./steps/options.ts";

/** Takes the incident back to a step it reached (the lead), with the reason; the step runs again. */
export function ReopenCard({ detail, sop }: { detail: IncidentDetail; sop: SopDefinition }) {
  const { t } = useTranslation();
  const refresh = useRefreshIncidents();
  const none = useNoneOption();
  const [target, setTarget] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  if (!detail.abilities.reopen) return null;
  const reached = Math.max(0, ...detail.stepRuns.map((r) => r.stepNumber));
  const targets = sop.steps.filter((s) => canReopenTo(sop, s.code, reached));
  if (targets.length === 0) return null;
  const reopen = async () => {
    setError(null);
    setSaving(true);
    try {
      await reopenIncident(detail.incident.id, target, reason.trim());
      notifications.show({ color: "green", message: t("incident.reopen.done") });
      setTarget("");
      setReason("");
      await refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  return (
    <SectionCard title={t("incident.reopen.title")} testId="reopen">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void reopen();
        }}
      >
        <Stack gap="xs">
          <NativeSelect
            label={t("incident.reopen.to")}
            required
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            data={[
              none,
              ...targets.map((s) => ({ value: s.code, label: `${s.number}. ${localized(s.name, currentLanguage())}` })),
            ]}
          />
          <Textarea
            label={t("incident.reopen.reason")}
            required
            autosize
            minRows={2}
            maxLength={4000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ErrorAlert error={error} />
          <div>
            <Button
              type="submit"
              color="orange"
              variant="light"
              loading={saving}
              disabled={target === "" || reason.trim() === ""}
            >
              {t("incident.reopen.submit")}
            </Button>
          </div>
        </Stack>
      </form>
    </SectionCard>
  );
}
