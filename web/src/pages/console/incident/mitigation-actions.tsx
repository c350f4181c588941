import { Group, NativeSelect, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { MITIGATION_KIND_LABELS, type MitigationKind } from "../../../../../src/core/workflow/catalogue.ts";
import {
  updateMitigationAction,
  useRefreshIncidents,
  type IncidentDetail,
  type MitigationAction,
} from "../../../api/incidents.ts";
import { errorMessage } from "../../../components/error-alert.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { labelKey, MITIGATION_STATUS_LABELS } from "./labels.ts";
import { useNames } from "./names.tsx";
import { SectionCard } from "./section-card.tsx";
import { useAnalystOptions, useMitigationStatusOptions, useNoneOption } from "./steps/options.ts";

function ActionRow({ action, editable }: { action: MitigationAction; editable: boolean }) {
  const { t } = useTranslation();
  const names = useNames();
  const refresh = useRefreshIncidents();
  const statuses = useMitigationStatusOptions();
  const analysts = useAnalystOptions();
  const none = useNoneOption();
  const kind =
    action.kind in MITIGATION_KIND_LABELS
      ? localized(MITIGATION_KIND_LABELS[action.kind as MitigationKind], currentLanguage())
      : action.kind;
  const change = async (body: { status?: string; assigneeUserId?: number | null }) => {
    try {
      await updateMitigationAction(action.id, body);
      await refresh();
      notifications.show({ color: "green", message: t("incident.mitigation.saved", { action: kind }) });
    } catch (error) {
      notifications.show({ color: "red", message: errorMessage(error, t("error.unexpected")) });
    }
  };
  const status = labelKey(MITIGATION_STATUS_LABELS, action.status);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {kind}
        </Text>
        {action.description ? (
          <Text size="xs" className="break-anywhere">
            {action.description}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {editable ? (
          <NativeSelect
            size="xs"
            aria-label={t("incident.mitigation.statusOf", { action: kind })}
            value={action.status}
            data={statuses}
            onChange={(e) => void change({ status: e.currentTarget.value })}
          />
        ) : status ? (
          t(status)
        ) : (
          action.status
        )}
      </Table.Td>
      <Table.Td>
        {editable ? (
          <NativeSelect
            size="xs"
            aria-label={t("incident.mitigation.assigneeOf", { action: kind })}
            value={action.assigneeUserId ? String(action.assigneeUserId) : ""}
            data={[none, ...analysts]}
            onChange={(e) =>
              void change({ assigneeUserId: e.currentTarget.value ? Number(e.currentTarget.value) : null })
            }
          />
        ) : (
          (names.user(action.assigneeUserId) ?? "—")
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The mitigation actions in place, with their status and assignee (changeable by those allowed). */
export function MitigationActions({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  if (detail.mitigationActions.length === 0) return null;
  return (
    <SectionCard title={t("incident.mitigation.title")} testId="mitigation-actions">
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("incident.mitigation.action")}</Table.Th>
              <Table.Th>{t("incident.mitigation.status")}</Table.Th>
              <Table.Th>{t("incident.mitigation.assignee")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.mitigationActions.map((a) => (
              <ActionRow key={a.id} action={a} editable={detail.abilities.updateMitigation} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {detail.abilities.updateMitigation ? null : (
        <Group>
          <Text size="xs" c="dimmed">
            {t("incident.mitigation.readOnly")}
          </Text>
        </Group>
      )}
    </SectionCard>
  );
}
