import { Anchor, AppShell, Burger, Button, Group, NavLink as MantineNavLink, ScrollArea, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { isRole, ROLE_LABELS } from "../../../../src/core/roles.ts";
import { useTeamProfile } from "../../api/profile.ts";
import { useLogout, type Session } from "../../api/session.ts";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { currentLanguage, localized } from "../../i18n/index.ts";
import { PageLoader } from "../../components/page-loader.tsx";
import { RequireSession } from "../auth/require-session.tsx";
import { pagesFor } from "./console-pages.tsx";

/** The staff console: header, the navigation the user's abilities allow, and the page. */
export default function ConsoleLayout() {
  return <RequireSession area="console">{(session) => <ConsoleShell session={session} />}</RequireSession>;
}

function ConsoleShell({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const profile = useTeamProfile().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const pages = pagesFor(session);

  const signOut = async () => {
    await logout();
    void navigate("/login", { replace: true });
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("console.menu")} />
            <img src="/favicon.svg" alt="" width={26} height={26} />
            <Text fw={800} c="blue.9">
              {t("app.name")}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="xs">
              {profile?.teamName ?? ""}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={() => void signOut()}>
              {t("auth.logout")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t("console.navLabel")}>
        <AppShell.Section grow component={ScrollArea}>
          {pages.map((page) => (
            <MantineNavLink
              key={page.path}
              component={NavLink}
              to={`/console/${page.path}`}
              label={t(page.label)}
              active={location.pathname.startsWith(`/console/${page.path}`)}
              onClick={close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section p="xs" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
          <Text size="sm" fw={600} className="break-anywhere">
            {session.user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {isRole(session.user.role)
              ? localized(ROLE_LABELS[session.user.role], currentLanguage())
              : session.user.role}
          </Text>
          <Anchor component={Link} to="/password" size="sm" onClick={close}>
            {t("auth.changeTitle")}
          </Anchor>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
