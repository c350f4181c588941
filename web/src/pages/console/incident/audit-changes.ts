/*
 * An audit event's `changes` as lines a person reads: `field: before → after` for changed fields,
 * `key: value` for detail. Long values are cut; the whole event stays in the audit log.
 */

const MAX_VALUE = 160;

const isChange = (v: unknown): v is { before: unknown; after: unknown } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "before" in v && "after" in v;

/** A value as short text: strings as they are, null as `—`, anything else as compact JSON. */
export function auditValue(value: unknown): string {
  const text = value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** The lines of an event's changes (empty when it has none). */
export function auditLines(changes: unknown): string[] {
  if (changes === null || changes === undefined) return [];
  if (typeof changes !== "object" || Array.isArray(changes)) return [auditValue(changes)];
  return Object.entries(changes as Record<string, unknown>).map(([key, value]) =>
    isChange(value)
      ? `${key}: ${auditValue(value.before)} → ${auditValue(value.after)}`
      : `${key}: ${auditValue(value)}`,
  );
}
