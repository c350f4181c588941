import { z } from "zod";

/*
 * The team's settings, stored as one JSON document. Every field has a default, so an empty
 * database runs as Denpasar-CSIRT; another city changes them through the API or the CLI.
 */

const clockTime = z.string().regex(/^([01]\d|2[0-3]):([0-5]\d)$/);

export const TICKET_FORMAT_TOKENS = ["{prefix}", "{year}", "{seq}"] as const;

export const teamSettingsSchema = z.object({
  profile: z
    .object({
      teamName: z.string().min(1).max(200).default("Denpasar-CSIRT"),
      teamFullName: z.string().max(300).default("Computer Security Incident Response Team Kota Denpasar"),
      agencyName: z.string().max(300).default("Dinas Komunikasi, Informatika dan Statistik Kota Denpasar"),
      governmentName: z.string().max(300).default("Pemerintah Kota Denpasar"),
      address: z.string().max(500).default("Jl. Majapahit No. 1, Denpasar, Bali"),
      email: z.string().max(200).default("csirt@denpasarkota.go.id"),
      phone: z.string().max(100).default(""),
      website: z.string().max(300).default("https://csirt.denpasarkota.go.id"),
      constituency: z.string().max(1000).default("Perangkat Daerah di lingkungan Pemerintah Kota Denpasar"),
      strNumber: z.string().max(200).default(""),
      strExpires: z.string().max(20).default(""),
    })
    .prefault({}),
  calendar: z
    .object({
      timeZone: z.string().default("Asia/Makassar"),
      workingDays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
      openingTime: clockTime.default("08:00"),
      closeOfBusiness: clockTime.default("16:00"),
    })
    .prefault({}),
  tickets: z
    .object({
      prefix: z
        .string()
        .regex(/^[A-Z0-9-]{1,20}$/)
        .default("DPS-CSIRT"),
      /** `{prefix}`, `{year}` and `{seq}` (zero-padded to `seqDigits`) are replaced. */
      format: z
        .string()
        .max(100)
        .refine((f) => f.includes("{seq}"), { error: "the format must contain {seq}" })
        .default("{prefix}-{year}-{seq}"),
      seqDigits: z.number().int().min(1).max(12).default(6),
    })
    .prefault({}),
  sla: z
    .object({
      /** Share of a step's standard after which its owner is warned. */
      warnShare: z.number().gt(0).lt(1).default(0.8),
    })
    .prefault({}),
  intake: z
    .object({
      maxAttachmentBytes: z
        .number()
        .int()
        .positive()
        .default(10 * 1024 * 1024),
      maxAttachments: z.number().int().min(0).max(50).default(10),
      allowedMediaTypes: z
        .array(z.string())
        .default([
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/pdf",
          "text/plain",
          "text/csv",
          "application/zip",
          "message/rfc822",
          "application/json",
        ]),
      /** Domains of the constituency; a report about another domain gets a warning, not a refusal. */
      constituencyDomains: z.array(z.string()).default(["denpasarkota.go.id"]),
      defaultTlp: z.enum(["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"]).default("AMBER"),
    })
    .prefault({}),
  /** Path of a JSON file with the team's own SOP definition; empty = the Denpasar SOP. */
  sopDefinitionFile: z.string().default(""),
});

export type TeamSettings = z.infer<typeof teamSettingsSchema>;

/** The defaults (Denpasar-CSIRT). */
export const DEFAULT_TEAM_SETTINGS: TeamSettings = teamSettingsSchema.parse({});

/** Formats a ticket code from the team's format, e.g. `DPS-CSIRT-2026-000123`. */
export function formatTicketCode(tickets: TeamSettings["tickets"], year: number, seq: number): string {
  return tickets.format
    .replaceAll("{prefix}", tickets.prefix)
    .replaceAll("{year}", String(year))
    .replaceAll("{seq}", String(seq).padStart(tickets.seqDigits, "0"));
}
