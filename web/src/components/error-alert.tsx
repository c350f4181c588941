import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";

/** The message of a failed request, already in the user's language when the server sent it. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  return fallback;
}

/** An announced error box (role="alert"), or nothing when there is no error. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t("error.title")} role="alert" data-testid="error-alert">
      {errorMessage(error, t("error.unexpected"))}
    </Alert>
  );
}
