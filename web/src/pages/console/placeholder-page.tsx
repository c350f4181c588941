import { Alert, Stack, Title } from "@mantine/core";
import type { ParseKeys } from "i18next";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../components/use-page-title.ts";

/** Stands in for a console page that is not built yet. */
export default function PlaceholderPage({ title }: { title: ParseKeys }) {
  const { t } = useTranslation();
  const heading = t(title);
  usePageTitle(heading);
  return (
    <Stack>
      <Title order={1}>{heading}</Title>
      <Alert color="blue" variant="light">
        {t("console.placeholder")}
      </Alert>
    </Stack>
  );
}
