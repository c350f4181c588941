import { z } from "zod";
import { LEGAL_TIMER_KINDS } from "../../../commands/timers/legal-timer-kinds.ts";
import { MAX_TIMER_NOTE } from "../../../commands/timers/satisfy-timer.ts";
import { localizedTextSchema } from "../../../core/i18n/localized-text.ts";

export const timerParams = z.strictObject({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  kind: z.enum(LEGAL_TIMER_KINDS),
});

export const satisfyTimerBody = z.strictObject({
  note: z.string().trim().min(1).max(MAX_TIMER_NOTE).describe("Which notice was sent, to whom, and when"),
});

export const timerSchema = z.object({
  id: z.number().int(),
  incidentId: z.number().int(),
  kind: z.string(),
  name: localizedTextSchema.nullable(),
  legalBasis: z.string().nullable(),
  startedAt: z.string(),
  dueAt: z.string(),
  warnAt: z.string(),
  state: z.enum(["on_time", "due_soon", "late", "satisfied"]),
  warnedAt: z.string().nullable(),
  lateAt: z.string().nullable(),
  satisfiedAt: z.string().nullable(),
  satisfiedNote: z.string().nullable(),
  satisfiedLate: z.boolean().nullable(),
});

export const timerListSchema = z.object({ items: z.array(timerSchema) });
