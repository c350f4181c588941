import { Alert, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../components/use-page-title.ts";

/** The partner's start page: the incidents and steps handed to them (filled in with the workflow pages). */
export default function PartnerHomePage() {
  const { t } = useTranslation();
  usePageTitle(t("partner.homeTitle"));
  return (
    <Stack>
      <Title order={1}>{t("partner.homeTitle")}</Title>
      <Text>{t("partner.homeIntro")}</Text>
      <Alert color="blue" variant="light">
        {t("console.placeholder")}
      </Alert>
    </Stack>
  );
}
