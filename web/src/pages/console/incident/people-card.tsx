import { Button, Group, NativeSelect, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { assignIncident, useRefreshIncidents, type IncidentDetail } from "../../../api/incidents.ts";
import { errorMessage } from "../../../components/error-alert.tsx";
import { AccessLinkForm } from "./access-link-form.tsx";
import { SectionCard, Field } from "./section-card.tsx";
import { useAnalystOptions, useNoneOption } from "./steps/options.ts";

/** Assigns the incident to an analyst (the lead); shows the current assignee to everyone. */
function AssignForm({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  const refresh = useRefreshIncidents();
  const analysts = useAnalystOptions();
  const none = useNoneOption();
  const current = detail.incident.assignee ? String(detail.incident.assignee.id) : "";
  const [chosen, setChosen] = useState(current);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await assignIncident(detail.incident.id, chosen ? Number(chosen) : null);
      notifications.show({ color: "green", message: t("incident.people.assigned") });
      await refresh();
    } catch (error) {
      notifications.show({ color: "red", message: errorMessage(error, t("error.unexpected")) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NativeSelect
          label={t("incident.people.assignTo")}
          value={chosen}
          data={[none, ...analysts]}
          onChange={(e) => setChosen(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="default" loading={saving} disabled={chosen === current}>
          {t("incident.people.assign")}
        </Button>
      </Group>
    </form>
  );
}

/** People and parties: the assignee, the agency, developer and upstream CSIRT, and signed links for partner steps. */
export function PeopleCard({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  const i = detail.incident;
  return (
    <SectionCard title={t("incident.people.title")} testId="people">
      <Stack component="dl" gap="xs" m={0}>
        <Field label={t("incident.summary.assignee")}>{i.assignee?.displayName ?? t("board.card.unassigned")}</Field>
        <Field label={t("incident.summary.agency")}>{i.agency?.name ?? "—"}</Field>
        <Field label={t("incident.summary.developer")}>{i.developer?.name ?? "—"}</Field>
        <Field label={t("incident.summary.upstream")}>{i.upstream?.name ?? "—"}</Field>
      </Stack>
      {detail.abilities.assign ? <AssignForm detail={detail} /> : null}
      {detail.abilities.createAccessLink ? <AccessLinkForm detail={detail} /> : null}
    </SectionCard>
  );
}
