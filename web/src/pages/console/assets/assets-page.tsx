import { Stack, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router";
import { useSession } from "../../../api/session.ts";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { ApplicationsTab } from "./applications-tab.tsx";
import { ImportTab } from "./import-tab.tsx";
import { OrganisationsTab } from "./organisations-tab.tsx";
import { ServersTab } from "./servers-tab.tsx";

const TABS = ["applications", "servers", "organisations", "import"] as const;
type Tab = (typeof TABS)[number];

/**
 * `/console/assets/{applications|servers|organisations|import}`: the register of the
 * constituency's applications, the servers they run on and the organisations behind them.
 * Everyone in the team reads it; administrators keep it.
 */
export default function AssetsPage() {
  const { t } = useTranslation();
  usePageTitle(t("assets.title"));
  const navigate = useNavigate();
  const segment = useLocation().pathname.split("/")[3] ?? "";
  const manage = useSession().data?.abilities.includes("organisation.manage") ?? false;
  const tabs = TABS.filter((tab) => tab !== "import" || manage);
  const active = (tabs as readonly string[]).includes(segment) ? (segment as Tab) : "applications";
  const labels: Record<Tab, string> = {
    applications: t("assets.tabs.applications"),
    servers: t("assets.tabs.servers"),
    organisations: t("assets.tabs.organisations"),
    import: t("assets.tabs.import"),
  };

  return (
    <Stack>
      <div>
        <Title order={1}>{t("assets.title")}</Title>
        <Text c="dimmed">{t("assets.intro")}</Text>
      </div>
      <Tabs value={active} onChange={(value) => value && void navigate(`/console/assets/${value}`)} keepMounted={false}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {labels[tab]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab} value={tab} pt="md">
            <Routes>
              <Route path="applications" element={<ApplicationsTab manage={manage} />} />
              <Route path="servers" element={<ServersTab manage={manage} />} />
              <Route path="organisations" element={<OrganisationsTab manage={manage} />} />
              {manage && <Route path="import" element={<ImportTab />} />}
              <Route path="*" element={<Navigate to="/console/assets/applications" replace />} />
            </Routes>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
