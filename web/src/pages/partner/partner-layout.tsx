import { Box, Button, Container, Group, Text } from "@mantine/core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useNavigate } from "react-router";
import { useTeamProfile } from "../../api/profile.ts";
import { useLogout, type Session } from "../../api/session.ts";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { RequireSession } from "../auth/require-session.tsx";

/** The partner portal (agency officers, developers, upstream CSIRTs): only the work handed to them. */
export default function PartnerLayout() {
  return <RequireSession area="partner">{(session) => <PartnerShell session={session} />}</RequireSession>;
}

function PartnerShell({ session }: { session: Session }) {
  const { t } = useTranslation();
  const profile = useTeamProfile().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = async () => {
    await logout();
    void navigate("/login", { replace: true });
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <Box component="header" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size="lg" py="xs">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <img src="/favicon.svg" alt="" width={26} height={26} />
              <Text fw={800} c="blue.9">
                {t("partner.title")}
              </Text>
              <Text size="sm" c="dimmed" visibleFrom="xs">
                {profile?.teamName ?? ""}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <Text size="sm" visibleFrom="sm" data-testid="signed-in-user">
                {session.user.displayName}
              </Text>
              <Button variant="default" size="xs" onClick={() => void signOut()}>
                {t("auth.logout")}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1} style={{ outline: "none" }}>
        <Container size="lg" py="md">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </Box>
    </>
  );
}
