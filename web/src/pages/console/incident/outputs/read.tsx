import { Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

/*
 * Step outputs arrive as JSON of the step's schema; these readers take what is there without
 * trusting its shape, so an output recorded under an older schema still shows what it has.
 */

export type Json = Record<string, unknown>;

export const obj = (value: unknown): Json | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : null;
export const str = (o: Json | null, key: string): string | null =>
  o && typeof o[key] === "string" ? (o[key] as string) : null;
export const num = (o: Json | null, key: string): number | null =>
  o && typeof o[key] === "number" ? (o[key] as number) : null;
export const bool = (o: Json | null, key: string): boolean | null =>
  o && typeof o[key] === "boolean" ? (o[key] as boolean) : null;
export const list = (o: Json | null, key: string): unknown[] =>
  o && Array.isArray(o[key]) ? (o[key] as unknown[]) : [];

/** Labelled values of an output; rows without a value are left out. */
export function OutputFields({ rows }: { rows: readonly [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
  if (shown.length === 0) return null;
  return (
    <Stack component="dl" gap={4} m={0}>
      {shown.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} className="break-anywhere" style={{ whiteSpace: "pre-wrap" }}>
            {value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
