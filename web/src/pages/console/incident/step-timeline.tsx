import { Badge, Group, Stack, Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SopDefinition, SopStep } from "../../../../../src/core/sop/schema.ts";
import { isRole, ROLE_LABELS } from "../../../../../src/core/roles.ts";
import type { IncidentDetail, StepRun } from "../../../api/incidents.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { labelKey, RUN_STATUS_LABELS } from "./labels.ts";
import { useNames } from "./names.tsx";
import { StepOutputView } from "./outputs/step-output-view.tsx";
import { SectionCard } from "./section-card.tsx";

/** Who owns a run: the named user, else the owning organisation, else the step's roles. */
function useOwnerText(step: SopStep, run: StepRun | undefined): string {
  const names = useNames();
  const language = currentLanguage();
  const roles = step.ownerRoles.map((r) => (isRole(r) ? localized(ROLE_LABELS[r], language) : r)).join(" / ");
  const person = names.user(run?.ownerUserId);
  const organisation = names.organisation(run?.ownerOrganisationId);
  return [roles, organisation, person].filter(Boolean).join(" — ");
}

function RunDetails({ run, detail }: { run: StepRun; detail: IncidentDetail }) {
  const { t } = useTranslation();
  const status = labelKey(RUN_STATUS_LABELS, run.status);
  return (
    <Stack gap={4} data-testid="step-run" data-step={run.stepCode} data-status={run.status}>
      <Group gap={6}>
        {run.iteration > 1 ? (
          <Badge variant="outline" size="sm">
            {t("incident.timeline.iteration", { number: run.iteration })}
          </Badge>
        ) : null}
        {status ? (
          <Badge size="sm" color={run.status === "active" ? "blue.8" : run.status === "done" ? "green.8" : "gray.7"}>
            {t(status)}
          </Badge>
        ) : null}
        {run.late ? (
          <Badge size="sm" color="red.9" data-testid="late-badge">
            {t("board.sla.late")}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs">
        {t("incident.timeline.started")} <DateTime value={run.startedAt} /> · {t("incident.timeline.due")}{" "}
        <span data-testid="step-due">
          <DateTime value={run.dueAt} />
        </span>
        {run.completedAt ? (
          <>
            {" "}
            · {t("incident.timeline.completed")} <DateTime value={run.completedAt} />
          </>
        ) : null}
      </Text>
      {run.completedBy ? (
        <Text size="xs">
          {t("incident.timeline.by", { name: run.completedBy })}
          {run.onBehalfOf ? ` ${t("incident.timeline.onBehalfOf", { name: run.onBehalfOf })}` : ""}
        </Text>
      ) : null}
      {run.status !== "active" ? <StepOutputView run={run} detail={detail} /> : null}
    </Stack>
  );
}

function StepItemBody({ step, runs, detail }: { step: SopStep; runs: StepRun[]; detail: IncidentDetail }) {
  const { t } = useTranslation();
  const owner = useOwnerText(step, runs.at(-1));
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t("incident.timeline.owner")}: {owner}
      </Text>
      {runs.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t("incident.timeline.notReached")}
        </Text>
      ) : (
        runs.map((run) => <RunDetails key={run.id} run={run} detail={detail} />)
      )}
    </Stack>
  );
}

/** The SOP's steps as a vertical timeline: owner, started, due, completed and by whom, late, and each output. */
export function StepTimeline({ detail, sop }: { detail: IncidentDetail; sop: SopDefinition }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const runsOf = (code: string) =>
    detail.stepRuns.filter((r) => r.stepCode === code).sort((a, b) => a.iteration - b.iteration || a.id - b.id);
  const reached = sop.steps.filter((s) => runsOf(s.code).length > 0).length;
  return (
    <SectionCard title={t("incident.timeline.title")} testId="step-timeline">
      <Timeline active={reached - 1} bulletSize={26} lineWidth={2} role="list">
        {sop.steps.map((step) => {
          const runs = runsOf(step.code);
          const active = runs.some((r) => r.status === "active");
          return (
            <Timeline.Item
              key={step.code}
              role="listitem"
              aria-current={active ? "step" : undefined}
              bullet={
                <Text size="xs" fw={700}>
                  {step.number}
                </Text>
              }
              title={
                <Text fw={600} size="sm" c={runs.length === 0 ? "dimmed" : undefined}>
                  {localized(step.name, language)}
                </Text>
              }
              data-testid="timeline-step"
              data-step={step.code}
            >
              <StepItemBody step={step} runs={runs} detail={detail} />
            </Timeline.Item>
          );
        })}
      </Timeline>
    </SectionCard>
  );
}
