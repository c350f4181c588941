import { Badge, Drawer, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SERVER_LOCATION_LABELS } from "../../../../../src/core/assets/registry.ts";
import { useServer } from "../../../api/assets.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { FactList } from "../inbox/fact-list.tsx";

/** The server → applications view: what runs on this server, all at risk together. */
export function ServerDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useServer(id);
  const server = query.data;
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={server?.name ?? t("common.loading")}
    >
      <ErrorAlert error={query.error} />
      {!server ? (
        !query.error && <PageLoader />
      ) : (
        <Stack>
          <FactList
            facts={[
              [t("assets.servers.hostname"), server.hostname],
              [t("assets.servers.addresses"), server.addresses.join(", ")],
              [t("assets.servers.location"), localized(SERVER_LOCATION_LABELS[server.location], currentLanguage())],
              [t("assets.servers.provider"), server.provider],
              [t("assets.notes"), server.notes],
            ]}
          />
          <Title order={3} size="h5">
            {t("assets.servers.applicationsOn")}
          </Title>
          {server.applications.length === 0 ? (
            <Text c="dimmed">{t("assets.servers.noApplications")}</Text>
          ) : (
            <List data-testid="server-applications">
              {server.applications.map((a) => (
                <List.Item key={a.id}>
                  {a.name}
                  {a.retired && (
                    <Badge ml="xs" color="gray" variant="light">
                      {t("assets.retired")}
                    </Badge>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
