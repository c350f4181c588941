import { RSIT_ENTRIES, RSIT_PREDICATES, type RsitPredicate, type RsitTag } from "./generated/rsit.ts";

export { RSIT_ENTRIES, RSIT_PREDICATES, RSIT_TAXONOMY, type RsitPredicate, type RsitTag } from "./generated/rsit.ts";

/** One RSIT value as generated from the MISP data. */
export type RsitEntry = (typeof RSIT_ENTRIES)[number];

const byTag = new Map<string, RsitEntry>(RSIT_ENTRIES.map((e) => [e.tag, e]));

/** Whether a string is an RSIT machine tag, e.g. `rsit:fraud="phishing"`. */
export const isRsitTag = (value: string): value is RsitTag => byTag.has(value);

/** The generated entry (names, description, uuid) of an RSIT tag. */
export function rsitEntry(tag: RsitTag): RsitEntry {
  const entry = byTag.get(tag);
  if (!entry) throw new Error(`Unknown RSIT tag ${tag}`);
  return entry;
}

/** The English name of an RSIT class (predicate), e.g. "Fraud". */
export function rsitClassName(predicate: RsitPredicate): string {
  return RSIT_PREDICATES.find((p) => p.value === predicate)?.expanded ?? predicate;
}
