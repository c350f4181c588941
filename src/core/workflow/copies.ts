/**
 * The copies (tembusan) of the step-6 report: the Regional Secretary is always among them (SOP
 * step 6; DOMAIN §6.1), first, named after the team's government ("Pemerintah Kota Denpasar" →
 * "Sekretaris Daerah Kota Denpasar"). Blank and repeated entries are dropped.
 */
export function withRegionalSecretary(copies: readonly string[], governmentName: string): string[] {
  const region = governmentName.replace(/^pemerintah\s+/i, "").trim();
  const secretary = region ? `Sekretaris Daerah ${region}` : "Sekretaris Daerah";
  const seen = new Set<string>();
  const rest = copies
    .map((c) => c.trim())
    .filter((c) => c !== "" && !/sekretaris\s+daerah|^sekda\b/i.test(c))
    .filter((c) => (seen.has(c.toLowerCase()) ? false : (seen.add(c.toLowerCase()), true)));
  return [secretary, ...rest];
}
