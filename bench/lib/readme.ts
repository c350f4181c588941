import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** bench/README.md, where every benchmark records its latest figures. */
export const README_PATH = fileURLToPath(new URL("../README.md", import.meta.url));

const start = (name: string) => `<!-- bench:${name}:start -->`;
const end = (name: string) => `<!-- bench:${name}:end -->`;

/**
 * Replaces the section of bench/README.md between the markers of `name` with `markdown` (the
 * latest run), or appends it under "Results" when the markers are not there yet.
 */
export function recordSection(name: string, markdown: string): void {
  const text = existsSync(README_PATH) ? readFileSync(README_PATH, "utf8") : "# Benchmarks\n\n## Results\n";
  const block = `${start(name)}\n${markdown.trim()}\n${end(name)}`;
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  const updated =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end(name).length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(README_PATH, updated);
}

/** Today's date (UTC), for the record. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** A percentile of an unsorted list of numbers (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** A number of milliseconds for a table cell. */
export const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));
