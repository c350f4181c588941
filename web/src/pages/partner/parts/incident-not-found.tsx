import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../../components/use-page-title.ts";

/**
 * An incident that does not exist or is not handed to the partner's organisation: the same page
 * for both (the server answers 404 alike), with nothing of the incident on it.
 */
export function IncidentNotFound() {
  const { t } = useTranslation();
  usePageTitle(t("partner.notFound.title"));
  return (
    <Stack data-testid="incident-not-found">
      <Title order={1}>{t("partner.notFound.title")}</Title>
      <Text>{t("partner.notFound.body")}</Text>
      <Anchor component={Link} to="/partner">
        {t("partner.backToList")}
      </Anchor>
    </Stack>
  );
}
