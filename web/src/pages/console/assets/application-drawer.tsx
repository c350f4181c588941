import { Badge, Drawer, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SERVER_LOCATION_LABELS } from "../../../../../src/core/assets/registry.ts";
import { useApplication } from "../../../api/assets.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { FactList } from "../inbox/fact-list.tsx";

/** One application: where it runs, and the other applications on those servers (at risk when it is hit). */
export function ApplicationDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useApplication(id);
  const app = query.data;
  const language = currentLanguage();
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="lg" title={app?.name ?? t("common.loading")}>
      <ErrorAlert error={query.error} />
      {!app ? (
        !query.error && <PageLoader />
      ) : (
        <Stack>
          {app.description && <Text style={{ whiteSpace: "pre-wrap" }}>{app.description}</Text>}
          <FactList
            facts={[
              [t("assets.applications.urls"), app.urls.join("\n")],
              [t("assets.applications.owner"), app.owner?.name],
              [t("assets.applications.developer"), app.developer?.name],
              [
                t("assets.applications.iiv"),
                app.iiv ? t("assets.applications.iivYes") : t("assets.applications.iivNo"),
              ],
              [t("assets.applications.openIncidents"), String(app.openIncidents)],
              [t("assets.notes"), app.notes],
            ]}
          />
          <Title order={3} size="h5">
            {t("assets.applications.servers")}
          </Title>
          {app.servers.length === 0 ? (
            <Text c="dimmed">{t("assets.applications.noServers")}</Text>
          ) : (
            <List>
              {app.servers.map((s) => (
                <List.Item key={s.id}>
                  <Text span fw={600}>
                    {s.name}
                  </Text>{" "}
                  <Text span size="sm" c="dimmed">
                    {[s.hostname, s.addresses.join(", "), localized(SERVER_LOCATION_LABELS[s.location], language)]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
          <Title order={3} size="h5">
            {t("assets.applications.coTenants")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("assets.applications.coTenantsHint")}
          </Text>
          {app.coTenants.length === 0 ? (
            <Text c="dimmed">{t("assets.applications.noCoTenants")}</Text>
          ) : (
            <List>
              {app.coTenants.map((c) => (
                <List.Item key={c.id}>
                  <Text span fw={600}>
                    {c.name}
                  </Text>
                  {c.iiv && (
                    <Badge ml="xs" color="red.8" variant="filled" autoContrast>
                      {t("assets.applications.iivYes")}
                    </Badge>
                  )}{" "}
                  <Text span size="sm" c="dimmed">
                    {[c.owner, c.sharedServers.map((s) => s.name).join(", ")].filter(Boolean).join(" · ")}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
