import { Alert, Button, CopyButton, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { partyRoleOf } from "../../../../../src/core/workflow/transitions.ts";
import {
  createAccessLink,
  useRefreshIncidents,
  type AccessLinkCreated,
  type IncidentDetail,
} from "../../../api/incidents.ts";
import { useSop } from "../../../api/team.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { revokeAccessLink } from "../../../api/incident-actions.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";

/** The longest a link may last (the server's limit, 30 days). */
const MAX_LINK_HOURS = 720;

/**
 * A signed, expiring link for the outside party whose step is active (agency, developer, upstream
 * without an account). The link is shown once: only its hash is kept.
 */
export function AccessLinkForm({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  const sop = useSop().data;
  const refresh = useRefreshIncidents();
  const [email, setEmail] = useState("");
  const [hours, setHours] = useState<number | string>(72);
  const [created, setCreated] = useState<AccessLinkCreated | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [revoked, setRevoked] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const current = detail.incident.currentStep;
  const step = current ? sop?.steps.find((s) => s.code === current.code) : undefined;
  const party = step ? partyRoleOf(step) : null;
  if (!current || !step || !party) return null;
  const run = detail.stepRuns.find((r) => r.status === "active");
  const create = async () => {
    setError(null);
    setSaving(true);
    try {
      const link = await createAccessLink(detail.incident.id, {
        stepCode: current.code,
        partyRole: party,
        ...(run?.ownerOrganisationId ? { organisationId: run.ownerOrganisationId } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
        expiresInHours: typeof hours === "number" ? hours : Number(hours),
      });
      setCreated(link);
      setRevoked(false);
      setEmail("");
      await refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  // The link just issued is the only one the page knows (the API lists none): it can be revoked here.
  const revoke = async (linkId: number) => {
    setError(null);
    setRevoking(true);
    try {
      await revokeAccessLink(linkId);
      setRevoked(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setRevoking(false);
    }
  };
  return (
    <Stack gap="xs" data-testid="access-link">
      <Text size="sm" fw={600}>
        {t("incident.link.title", { step: localized(step.name, currentLanguage()) })}
      </Text>
      {created ? (
        <Alert color="green" variant="light" title={t("incident.link.created")} data-testid="access-link-created">
          <Stack gap={6}>
            <Text size="sm">{t("incident.link.once")}</Text>
            <Text size="sm" ff="monospace" className="break-anywhere" data-testid="access-link-url">
              {created.url}
            </Text>
            <Group gap="xs">
              <CopyButton value={created.url}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? t("common.copied") : t("incident.link.copy")}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="subtle" onClick={() => setCreated(null)}>
                {t("incident.link.hide")}
              </Button>
              {revoked ? null : (
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  loading={revoking}
                  onClick={() => void revoke(created.id)}
                  data-testid="access-link-revoke"
                >
                  {t("extras.links.revoke")}
                </Button>
              )}
            </Group>
            {revoked ? (
              <Text size="sm" c="red.8" role="status" data-testid="access-link-revoked">
                {t("extras.links.revoked")}
              </Text>
            ) : null}
            <Text size="xs">
              {t("incident.link.expires")} <DateTime value={created.expiresAt} />
              {created.sentTo ? ` · ${t("incident.link.sentTo", { email: created.sentTo })}` : ""}
            </Text>
          </Stack>
        </Alert>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Stack gap="xs">
          <TextInput
            type="email"
            label={t("incident.link.email")}
            description={t("incident.link.emailHint")}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <NumberInput
            label={t("incident.link.hours")}
            min={1}
            max={MAX_LINK_HOURS}
            value={hours}
            onChange={setHours}
            allowDecimal={false}
          />
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" variant="default" loading={saving}>
              {t("incident.link.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
