import { Anchor, Box, Container, Group, Stack, Text } from "@mantine/core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet } from "react-router";
import { useTeamProfile } from "../api/profile.ts";
import { LanguageSwitch } from "../components/language-switch.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import classes from "./public-layout.module.css";

/** Header, main area and footer of the public portal (no login), laid out for a 360 px phone upwards. */
export function PublicLayout() {
  const { t } = useTranslation();
  const profile = useTeamProfile().data;
  const links = [
    { to: "/", label: t("nav.home"), end: true },
    { to: "/aduan", label: t("nav.report"), end: false },
    { to: "/track", label: t("nav.track"), end: false },
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <Box component="header" className={classes.header}>
        <Container size="lg" py="xs">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to="/" className={classes.brand} underline="never">
              <img src="/favicon.svg" alt="" width={28} height={28} />
              <span>
                <Text span fw={800} c="blue.9">
                  {t("app.name")}
                </Text>
                <Text span size="sm" c="dimmed" className={classes.team}>
                  {profile?.teamName ?? ""}
                </Text>
              </span>
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to="/login" size="sm" fw={600}>
                {t("nav.login")}
              </Anchor>
              <LanguageSwitch />
            </Group>
          </Group>
          <Group component="nav" aria-label={t("nav.publicLabel")} gap={4} mt={6} className={classes.nav}>
            {links.map((link) => (
              <NavLink key={link.to} to={link.to} end={link.end} className={classes.navLink}>
                {link.label}
              </NavLink>
            ))}
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1} className={classes.main}>
        <Container size="lg" py="md">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </Box>
      <Box component="footer" className={classes.footer}>
        <Container size="lg" py="md">
          <Stack gap={4}>
            <Text fw={700}>{profile?.teamFullName ?? ""}</Text>
            <Text size="sm">{profile?.agencyName ?? ""}</Text>
            <Text size="sm">{profile?.address ?? ""}</Text>
            {profile?.email ? (
              <Text size="sm">
                {t("profile.email")}: <Anchor href={`mailto:${profile.email}`}>{profile.email}</Anchor>
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt="xs">
              {t("app.footer")}
            </Text>
          </Stack>
        </Container>
      </Box>
    </>
  );
}
