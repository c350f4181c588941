import type { LocalizedText } from "../../../../../src/core/i18n/localized-text.ts";
import { SEVERITIES, SEVERITY_LABELS } from "../../../../../src/core/severity.ts";
import type { Figures } from "../../../api/figures.ts";

/*
 * The dashboard's figures shaped for the charts and for the tables that say the same thing in
 * words and numbers (a chart alone is no use to a screen-reader user or to someone printing).
 * Pure, so the same rows feed both views and a unit test.
 */

type Language = "id" | "en";
const localeOf = (language: Language) => (language === "en" ? "en-GB" : "id-ID");
const text = (value: LocalizedText | null | undefined, language: Language, fallback: string) =>
  value ? value[language] : fallback;

/** `2026-11` → `Nov 2026` / `Nov 2026` in the language's month names. */
export function monthLabel(month: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(localeOf(language), { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}

/** A label and a count: one bar, one table row. */
export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** Cases opened per month of the period, oldest first. */
export const monthRows = (f: Figures, language: Language): CountRow[] =>
  f.byMonth.map((m) => ({ key: m.month, label: monthLabel(m.month, language), count: m.count }));

/** Cases per incident type, most first. */
export const categoryRows = (f: Figures, language: Language): CountRow[] =>
  [...f.byCategory]
    .sort((a, b) => b.count - a.count)
    .map((c) => ({ key: c.code, label: text(c.label, language, c.code), count: c.count }));

/** Cases per owning agency, most first; cases without one under `noAgency`. */
export const agencyRows = (f: Figures, noAgency: string): CountRow[] =>
  [...f.byAgency]
    .sort((a, b) => b.count - a.count)
    .map((a) => ({ key: String(a.agencyId ?? "none"), label: a.name ?? noAgency, count: a.count }));

/** The colour of each severity, most severe the strongest. */
export const SEVERITY_COLORS: Readonly<Record<string, string>> = {
  kritis: "red.8",
  tinggi: "orange.7",
  sedang: "yellow.6",
  rendah: "blue.6",
};

/** Cases per severity, most severe first (every level, zero included). */
export function severityRows(f: Figures, language: Language): (CountRow & { color: string })[] {
  const counts = new Map(f.bySeverity.map((s) => [s.severity, s.count]));
  const known = SEVERITIES.map((s) => ({
    key: s,
    label: SEVERITY_LABELS[s][language],
    count: counts.get(s) ?? 0,
    color: SEVERITY_COLORS[s] ?? "gray.6",
  }));
  const other = f.bySeverity
    .filter((s) => !(SEVERITIES as readonly string[]).includes(s.severity))
    .map((s) => ({ key: s.severity, label: s.severity, count: s.count, color: "gray.6" }));
  return [...known, ...other];
}

/** A step of the SOP as a row label: `3. Verifikasi laporan…`. */
export const stepLabel = (number: number, name: LocalizedText | null, code: string, language: Language) =>
  `${number}. ${text(name, language, code)}`;

/** Time-standard compliance of one step: done on time, done late, and running late now. */
export interface ComplianceRow {
  key: string;
  label: string;
  short: string;
  completed: number;
  onTime: number;
  late: number;
  /** Share done on time, in whole per cent; null when none was completed. */
  onTimePercent: number | null;
  lateNow: number;
}

export const complianceRows = (f: Figures, language: Language): ComplianceRow[] =>
  f.compliance.map((c) => ({
    key: c.stepCode,
    label: stepLabel(c.stepNumber, c.name, c.stepCode, language),
    short: String(c.stepNumber),
    completed: c.completed,
    onTime: c.onTime,
    late: Math.max(0, c.completed - c.onTime),
    onTimePercent: c.onTimeShare === null ? null : Math.round(c.onTimeShare * 100),
    lateNow: c.lateNow,
  }));

/** Open work at one step now: on time, due soon, late. */
export interface OpenWorkRow {
  key: string;
  label: string;
  short: string;
  open: number;
  onTime: number;
  dueSoon: number;
  late: number;
}

export const openWorkRows = (f: Figures, language: Language): OpenWorkRow[] =>
  f.openByStep.map((s) => ({
    key: s.stepCode,
    label: stepLabel(s.stepNumber, s.name, s.stepCode, language),
    short: String(s.stepNumber),
    open: s.open,
    onTime: Math.max(0, s.open - s.dueSoon - s.late),
    dueSoon: s.dueSoon,
    late: s.late,
  }));

/** The steps that have work running late now, most late first. */
export const lateRows = (f: Figures, language: Language): CountRow[] =>
  f.openByStep
    .filter((s) => s.late > 0)
    .sort((a, b) => b.late - a.late || a.stepNumber - b.stepNumber)
    .map((s) => ({ key: s.stepCode, label: stepLabel(s.stepNumber, s.name, s.stepCode, language), count: s.late }));

/**
 * A duration as people say it, in the two largest units: `2 hari 3 jam`, `45 menit` /
 * `2 days 3 hours`; null stays null (no case to measure).
 */
export function formatDuration(seconds: number | null, language: Language): string | null {
  if (seconds === null) return null;
  const unit = (value: number, name: "day" | "hour" | "minute") =>
    new Intl.NumberFormat(localeOf(language), { style: "unit", unit: name, unitDisplay: "long" }).format(value);
  const minutes = Math.round(seconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${unit(days, "day")} ${unit(hours, "hour")}` : unit(days, "day");
  if (hours > 0) return rest > 0 ? `${unit(hours, "hour")} ${unit(rest, "minute")}` : unit(hours, "hour");
  return unit(rest, "minute");
}
