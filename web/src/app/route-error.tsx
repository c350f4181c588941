import { Alert, Button, Container, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";

/**
 * Shown when a page fails to load or render. The usual cause after an upgrade is a page's code
 * file that no longer exists (new file names), which a reload fixes.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Title order={1}>{notFound ? t("notFound.title") : t("error.pageTitle")}</Title>
        <Alert color="red" role="alert">
          {notFound ? t("notFound.body") : t("error.pageBody")}
        </Alert>
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t("error.reload")}
        </Button>
      </Stack>
    </Container>
  );
}
