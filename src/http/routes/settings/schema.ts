import { z } from "zod";
import { teamSettingsSchema } from "../../../core/settings.ts";
import { sopDefinitionSchema, type SopDefinition } from "../../../core/sop/schema.ts";

/** The team's settings, every field filled in (defaults where never set). */
export const settingsSchema = teamSettingsSchema;

/**
 * Only what changes, e.g. `{"calendar": {"closeOfBusiness": "15:00"}}`; `null` restores a default.
 * Checked by the command against the settings schema, so that every problem is reported at once
 * and in the reader's language.
 */
export const settingsPatchBody = z
  .record(z.string(), z.unknown())
  .describe("A partial settings document: sections profile, calendar, tickets, sla, intake, and sopDefinitionFile");

export const sopSchema = sopDefinitionSchema;

/** The SOP in use, as plain (mutable) data for the response. */
export const presentSop = (sop: SopDefinition): z.infer<typeof sopSchema> => ({
  ...sop,
  name: { ...sop.name },
  steps: sop.steps.map((s) => ({ ...s, ownerRoles: [...s.ownerRoles], inputs: s.inputs.map((i) => ({ ...i })) })),
});

/** What the team publishes about itself on the public landing page (RFC 2350 style). */
export const publicProfileSchema = z.object({
  teamName: z.string(),
  teamFullName: z.string(),
  agencyName: z.string(),
  governmentName: z.string(),
  address: z.string(),
  email: z.string(),
  phone: z.string(),
  website: z.string(),
  constituency: z.string(),
  strNumber: z.string().describe("BSSN registration (Surat Tanda Registrasi) number, if any"),
  strExpires: z.string(),
  timeZone: z.string(),
  workingDays: z.array(z.number().int()).describe("ISO weekdays, 1 = Monday"),
  openingTime: z.string(),
  closeOfBusiness: z.string(),
});
