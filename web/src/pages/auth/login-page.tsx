import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { homeOf, login, SESSION_KEY, useSession, type Session } from "../../api/session.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { usePageTitle } from "../../components/use-page-title.ts";

/** Only a path inside this app, never another site (`//evil.example`), may be the place to return to. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : null;
}

/** Sign-in for staff and partners; the authenticator code is asked for when the account has TOTP on. */
export default function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.loginTitle"));
  const session = useSession();
  const [params] = useSearchParams();
  if (session.isPending) return <PageLoader />;
  if (session.data)
    return <Navigate to={session.data.user.mustChangePassword ? "/password" : homeOf(session.data)} replace />;
  return <LoginForm next={safeNext(params.get("next"))} />;
}

function LoginForm({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  const [askTotp, setAskTotp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const totpRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session: Session = await login({
        username,
        password,
        ...(askTotp && totp.trim() ? { totp: totp.trim() } : {}),
      });
      client.setQueryData(SESSION_KEY, session);
      const home = homeOf(session);
      void navigate(session.user.mustChangePassword ? home : (next ?? home), { replace: true });
    } catch (failure) {
      if (failure instanceof ApiError && failure.totpRequired && !askTotp) {
        setAskTotp(true);
        window.requestAnimationFrame(() => totpRef.current?.focus());
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack align="center" py="lg">
      <Card withBorder w="100%" maw={420} component="form" onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={1} size="h2">
            {t("auth.loginTitle")}
          </Title>
          <Text size="sm">{t("auth.loginIntro")}</Text>
          <TextInput
            label={t("auth.username")}
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            autoFocus
          />
          <PasswordInput
            label={t("auth.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {askTotp ? (
            <>
              <Alert color="blue" variant="light">
                {t("auth.totpPrompt")}
              </Alert>
              <TextInput
                ref={totpRef}
                label={t("auth.totp")}
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={8}
                value={totp}
                onChange={(e) => setTotp(e.currentTarget.value)}
              />
            </>
          ) : null}
          <ErrorAlert error={error} title={t("auth.loginFailed")} />
          <Button type="submit" loading={busy} disabled={!username || !password}>
            {t("auth.login")}
          </Button>
        </Stack>
      </Card>
    </Stack>
  );
}
