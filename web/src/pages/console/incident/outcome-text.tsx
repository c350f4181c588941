import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { labelKey, OUTCOME_LABELS } from "./labels.ts";

/** "Closed: resolved" for a closed incident's outcome. */
export function OutcomeText({ outcome }: { outcome: string | null }) {
  const { t } = useTranslation();
  const key = labelKey(OUTCOME_LABELS, outcome);
  return (
    <Text size="xs" c="dimmed">
      {t("incident.closedWith", { outcome: key ? t(key) : (outcome ?? "—") })}
    </Text>
  );
}
