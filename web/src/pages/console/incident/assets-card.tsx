import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { IncidentDetail } from "../../../api/incidents.ts";
import { SectionCard } from "./section-card.tsx";

/** The affected application and the applications sharing a server with it, which are at risk too. */
export function AssetsCard({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  const coTenants = detail.coTenantsAtRisk ?? [];
  return (
    <SectionCard title={t("incident.assets.title")} testId="assets">
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          {t("incident.summary.application")}:{" "}
        </Text>
        {detail.incident.application?.name ?? t("incident.assets.noApplication")}
      </Text>
      {detail.incident.application ? (
        coTenants.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              {t("incident.assets.coTenants")}
            </Text>
            <List size="sm" spacing={2} data-testid="co-tenants">
              {coTenants.map((c) => (
                <List.Item key={c.id}>
                  <Text span size="sm" className="break-anywhere">
                    {c.name}
                  </Text>{" "}
                  <Text span size="xs" c="dimmed">
                    ({t("incident.assets.sharedServers", { servers: c.sharedServers.map((s) => s.name).join(", ") })})
                  </Text>
                </List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t("incident.assets.noCoTenants")}
          </Text>
        )
      ) : null}
    </SectionCard>
  );
}
