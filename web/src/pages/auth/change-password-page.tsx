import { Alert, Button, Card, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router";
import { changePassword, homeOf, SESSION_KEY, useLogout, useSession, type Session } from "../../api/session.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { usePageTitle } from "../../components/use-page-title.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../lib/password-rules.ts";

/**
 * Changing one's password. A new account (and the first administrator) lands here after the first
 * sign-in, because the server refuses everything else until the password is changed.
 */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.changeTitle"));
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (!session.data) return <Navigate to="/login?next=%2Fpassword" replace />;
  return <ChangePasswordForm session={session.data} />;
}

function ChangePasswordForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const logout = useLogout();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ next?: string; repeat?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const forced = session.user.mustChangePassword;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const length = [...next].length;
    const problems = {
      next:
        length < PASSWORD_MIN_LENGTH
          ? t("auth.passwordTooShort", { min: PASSWORD_MIN_LENGTH })
          : length > PASSWORD_MAX_LENGTH
            ? t("validation.tooLong", { max: PASSWORD_MAX_LENGTH })
            : next === current
              ? t("auth.passwordUnchanged")
              : undefined,
      repeat: repeat !== next ? t("auth.passwordMismatch") : undefined,
    };
    setErrors(problems);
    if (problems.next || problems.repeat) return;
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
      const updated: Session = { ...session, user: { ...session.user, mustChangePassword: false } };
      client.setQueryData(SESSION_KEY, updated);
      await client.invalidateQueries({ queryKey: SESSION_KEY });
      void navigate(homeOf(updated), { replace: true, state: { passwordChanged: true } });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack align="center" py="lg">
      <Card withBorder w="100%" maw={460} component="form" onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={1} size="h2">
            {t("auth.changeTitle")}
          </Title>
          {forced ? (
            <Alert color="yellow" variant="light" role="status">
              {t("auth.changeRequired")}
            </Alert>
          ) : null}
          <Text size="sm">{t("auth.passwordRule", { min: PASSWORD_MIN_LENGTH })}</Text>
          <PasswordInput
            label={t("auth.currentPassword")}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("auth.newPassword")}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={errors.next}
          />
          <PasswordInput
            label={t("auth.repeatPassword")}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={errors.repeat}
          />
          <ErrorAlert error={error} />
          <Button type="submit" loading={busy} disabled={!current || !next}>
            {t("auth.changeSubmit")}
          </Button>
          {forced ? (
            <Button variant="subtle" onClick={() => void logout().then(() => navigate("/login", { replace: true }))}>
              {t("auth.logout")}
            </Button>
          ) : (
            <Button variant="subtle" component={Link} to={homeOf(session)}>
              {t("common.back")}
            </Button>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
