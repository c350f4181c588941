import { Badge } from "@mantine/core";
import { SEVERITY_LABELS, type Severity } from "../../../../../src/core/severity.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";

/** Colour of each severity level, most severe red; the label always goes with it (never colour alone). */
export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  kritis: "red.9",
  tinggi: "orange.8",
  sedang: "yellow.4",
  rendah: "gray.6",
};

const isSeverity = (value: string): value is Severity => value in SEVERITY_LABELS;

/** The incident's severity as a coloured badge with its name. */
export function SeverityBadge({ severity }: { severity: string }) {
  if (!isSeverity(severity)) return <Badge variant="outline">{severity}</Badge>;
  return (
    <Badge color={SEVERITY_COLOURS[severity]} variant="filled" data-severity={severity}>
      {localized(SEVERITY_LABELS[severity], currentLanguage())}
    </Badge>
  );
}
