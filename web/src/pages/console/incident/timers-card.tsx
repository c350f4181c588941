import { Badge, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can, useSession } from "../../../api/session.ts";
import { satisfyTimer, timersKey, useLegalTimers, type LegalTimer } from "../../../api/timers.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { labelKey, TIMER_STATE_LABELS } from "./labels.ts";
import { SectionCard } from "./section-card.tsx";

const STATE_COLOURS: Record<LegalTimer["state"], string> = {
  on_time: "green.8",
  due_soon: "yellow.4",
  late: "red.9",
  satisfied: "gray.7",
};

function TimerRow({ timer, mayRecord }: { timer: LegalTimer; mayRecord: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const name = timer.name ? localized(timer.name, currentLanguage()) : timer.kind;
  const state = labelKey(TIMER_STATE_LABELS, timer.state);
  const record = async () => {
    setSaving(true);
    setError(null);
    try {
      await satisfyTimer(timer.incidentId, timer.kind, note);
      setOpen(false);
      await client.invalidateQueries({ queryKey: timersKey(timer.incidentId) });
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap={4} data-testid="legal-timer">
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Badge size="sm" color={STATE_COLOURS[timer.state]}>
          {state ? t(state) : timer.state}
        </Badge>
      </Group>
      {timer.legalBasis ? (
        <Text size="xs" c="dimmed">
          {timer.legalBasis}
        </Text>
      ) : null}
      <Text size="xs">
        {t("board.sla.due")} <DateTime value={timer.dueAt} />
      </Text>
      {timer.satisfiedAt ? (
        <Text size="xs" className="break-anywhere">
          {t("incident.timers.sentAt")} <DateTime value={timer.satisfiedAt} />: {timer.satisfiedNote}
        </Text>
      ) : mayRecord ? (
        open ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void record();
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t("incident.timers.note", { name })}
                description={t("incident.timers.noteHint")}
                required
                autosize
                minRows={2}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <ErrorAlert error={error} />
              <Group gap="xs">
                <Button size="xs" type="submit" loading={saving} disabled={note.trim() === ""}>
                  {t("incident.timers.record")}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setOpen(false)}>
                  {t("incident.cancel")}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <div>
            <Button size="xs" variant="light" onClick={() => setOpen(true)}>
              {t("incident.timers.noticeSent")}
            </Button>
          </div>
        )
      ) : null}
    </Stack>
  );
}

/** The legal deadlines (UU PDP notice, IIV report) and "notice sent". */
export function TimersCard({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const timers = useLegalTimers(incidentId, can(session, "incident.read"));
  const items = timers.data?.items ?? [];
  return (
    <SectionCard title={t("incident.timers.title")} testId="legal-timers">
      <ErrorAlert error={timers.error} />
      {timers.isSuccess && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("incident.timers.none")}
        </Text>
      ) : null}
      {items.map((timer) => (
        <TimerRow key={timer.id} timer={timer} mayRecord={can(session, "incident.manage")} />
      ))}
    </SectionCard>
  );
}
