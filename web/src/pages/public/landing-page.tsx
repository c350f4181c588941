import type { ReactNode } from "react";
import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTeamProfile, type TeamProfile } from "../../api/profile.ts";
import { usePageTitle } from "../../components/use-page-title.ts";
import { formatWorkingDays, zoneLabel } from "../../lib/time.ts";

/** `WITA (GMT+08:00)`. */
function zoneText(timeZone: string): string {
  let offset = "";
  try {
    offset =
      new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" })
        .formatToParts(new Date())
        .find((p) => p.type === "timeZoneName")?.value ?? "";
  } catch {
    offset = timeZone;
  }
  return `${zoneLabel(timeZone)} (${offset})`;
}

/** The public start page: what to report, how it is handled, and who the team is (RFC 2350 style). */
export default function LandingPage() {
  const { t } = useTranslation();
  const profile = useTeamProfile().data;
  usePageTitle(t("landing.title"));
  const team = profile?.teamName ?? "";
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="hero-title">
        <Title order={1} id="hero-title">
          {t("landing.title")}
        </Title>
        <Text size="lg">{t("landing.lead", { team })}</Text>
        <Group gap="sm">
          <Button component={Link} to="/aduan" size="md">
            {t("landing.reportButton")}
          </Button>
          <Button component={Link} to="/track" size="md" variant="outline">
            {t("landing.trackButton")}
          </Button>
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder component="section" aria-labelledby="what-title">
          <Title order={2} size="h3" id="what-title" mb="sm">
            {t("landing.what.title")}
          </Title>
          <List spacing={4}>
            <List.Item>{t("landing.what.defacement")}</List.Item>
            <List.Item>{t("landing.what.gambling")}</List.Item>
            <List.Item>{t("landing.what.phishing")}</List.Item>
            <List.Item>{t("landing.what.malware")}</List.Item>
            <List.Item>{t("landing.what.leak")}</List.Item>
            <List.Item>{t("landing.what.ddos")}</List.Item>
            <List.Item>{t("landing.what.access")}</List.Item>
            <List.Item>{t("landing.what.vulnerability")}</List.Item>
          </List>
        </Card>
        <Card withBorder component="section" aria-labelledby="how-title">
          <Title order={2} size="h3" id="how-title" mb="sm">
            {t("landing.how.title")}
          </Title>
          <List type="ordered" spacing={4}>
            <List.Item>{t("landing.how.step1")}</List.Item>
            <List.Item>{t("landing.how.step2")}</List.Item>
            <List.Item>{t("landing.how.step3")}</List.Item>
            <List.Item>{t("landing.how.step4")}</List.Item>
            <List.Item>{t("landing.how.step5")}</List.Item>
          </List>
        </Card>
        <Card withBorder component="section" aria-labelledby="prepare-title">
          <Title order={2} size="h3" id="prepare-title" mb="sm">
            {t("landing.prepare.title")}
          </Title>
          <List spacing={4}>
            <List.Item>{t("landing.prepare.identity")}</List.Item>
            <List.Item>{t("landing.prepare.evidence")}</List.Item>
            <List.Item>{t("landing.prepare.description")}</List.Item>
          </List>
          <Text size="sm" mt="sm">
            {t("landing.prepare.confidential")}
          </Text>
        </Card>
        {profile ? <ProfileCard profile={profile} /> : null}
      </SimpleGrid>
    </Stack>
  );
}

function ProfileCard({ profile }: { profile: TeamProfile }) {
  const { t, i18n } = useTranslation();
  const days = formatWorkingDays(profile.workingDays, i18n.language);
  const hours =
    days && profile.openingTime && profile.closeOfBusiness
      ? `${days}, ${profile.openingTime}–${profile.closeOfBusiness} ${zoneLabel(profile.timeZone)}`
      : "";
  const rows: Array<[string, ReactNode]> = [
    [t("profile.teamName"), profile.teamName],
    [t("profile.fullName"), profile.teamFullName],
    [t("profile.agency"), `${profile.agencyName}${profile.governmentName ? `, ${profile.governmentName}` : ""}`],
    [t("profile.address"), profile.address],
    [t("profile.timeZone"), zoneText(profile.timeZone)],
    [t("profile.hours"), hours],
    [t("profile.email"), profile.email ? <Anchor href={`mailto:${profile.email}`}>{profile.email}</Anchor> : ""],
    [t("profile.phone"), profile.phone],
    [t("profile.website"), profile.website ? <Anchor href={profile.website}>{profile.website}</Anchor> : ""],
    [t("profile.constituency"), profile.constituency],
    [t("profile.registration"), profile.strNumber],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="profile-title">
      <Title order={2} size="h3" id="profile-title" mb="sm">
        {t("profile.title")}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} className="break-anywhere">
        <Table.Tbody>
          {rows
            .filter(([, value]) => value !== "")
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="38%">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="sm">
        {t("profile.policy")}
      </Text>
    </Card>
  );
}
