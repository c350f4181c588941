import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StepDue } from "../../../api/reports.ts";
import { useFormatDateTime } from "../../../components/date-time.tsx";

/** The forwarding step's time standard: due at (in the team's zone), in red once it has passed. */
export function StepDueBadge({ due }: { due: StepDue | undefined }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  if (!due?.dueAt) return null;
  const when = format(due.dueAt);
  return (
    <Text size="sm" fw={600} c={due.late ? "red.8" : "teal.9"}>
      {due.late ? `⚠ ${t("inbox.lateSince", { when })}` : t("inbox.dueAt", { when })}
    </Text>
  );
}
