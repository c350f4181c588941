import { useTranslation } from "react-i18next";
import { useTimeZone } from "../api/profile.ts";
import { formatDateTime } from "../lib/time.ts";

/** A stored UTC time shown in the team's zone with its name (`27 Nov 2026 10.15 WITA`). */
export function DateTime({ value, dateOnly = false }: { value: string | null | undefined; dateOnly?: boolean }) {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  if (!value) return null;
  return <time dateTime={value}>{formatDateTime(value, { language: i18n.language, timeZone, dateOnly })}</time>;
}

/** The same as a plain string, for attributes and labels. */
export function useFormatDateTime(): (value: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  return (value) => formatDateTime(value, { language: i18n.language, timeZone });
}
