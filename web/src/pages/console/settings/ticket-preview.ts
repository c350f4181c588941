import { formatTicketCode, type TeamSettings } from "../../../../../src/core/settings.ts";

type Tickets = TeamSettings["tickets"];

/** What would make the server refuse a ticket format (it says so too, in the user's language). */
export type TicketProblem = "needsSeq" | "prefix" | "digits";

/**
 * The ticket code the settings would give the `seq`-th report of `year`, made by the server's own
 * `formatTicketCode`, and what is wrong with the settings, if anything.
 */
export function ticketPreview(tickets: Tickets, year: number, seq = 1): { code: string; problems: TicketProblem[] } {
  const problems: TicketProblem[] = [];
  if (!tickets.format.includes("{seq}")) problems.push("needsSeq");
  if (!/^[A-Z0-9-]{1,20}$/.test(tickets.prefix)) problems.push("prefix");
  const digits = Number.isInteger(tickets.seqDigits) && tickets.seqDigits >= 1 && tickets.seqDigits <= 12;
  if (!digits) problems.push("digits");
  const code = formatTicketCode({ ...tickets, seqDigits: digits ? tickets.seqDigits : 1 }, year, seq);
  return { code, problems };
}
