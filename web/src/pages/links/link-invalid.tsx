import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTeamProfile } from "../../api/profile.ts";
import { usePageTitle } from "../../components/use-page-title.ts";

/**
 * An unknown, expired or revoked link: the server answers all three alike (404), so this page says
 * the link no longer works and whom to ask for a new one, and shows nothing else.
 */
export function LinkInvalid() {
  const { t } = useTranslation();
  usePageTitle(t("partner.link.invalidTitle"));
  const profile = useTeamProfile().data;
  return (
    <Card withBorder padding="lg" data-testid="link-invalid" maw={640}>
      <Stack gap="sm">
        <Title order={1}>{t("partner.link.invalidTitle")}</Title>
        <Text>{t("partner.link.invalidBody")}</Text>
        <Text>{t("partner.link.invalidAsk", { team: profile?.teamName ?? "CSIRT" })}</Text>
        {profile?.email ? (
          <Text>
            {t("partner.link.contactEmail")}: <Anchor href={`mailto:${profile.email}`}>{profile.email}</Anchor>
          </Text>
        ) : null}
        {profile?.phone ? (
          <Text>
            {t("partner.link.contactPhone")}:{" "}
            <Anchor href={`tel:${profile.phone.replace(/\s+/g, "")}`}>{profile.phone}</Anchor>
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t("partner.link.haveAccount")}{" "}
          <Anchor component={Link} to="/login">
            {t("nav.login")}
          </Anchor>
        </Text>
      </Stack>
    </Card>
  );
}
