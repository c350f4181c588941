/*
 * The limits of a report, defined once: the server's schemas and the web form both use them.
 * Text limits count characters (Unicode code points), not bytes, so a report in aksara Bali or
 * with emoji gets the same room as one in Latin script. Over-long input is refused, never cut.
 */

/** Maximum length, in characters, of each text field of a report. */
export const REPORT_LIMITS = {
  reporterName: 200,
  reporterOrganisation: 300,
  reporterPosition: 200,
  reporterEmail: 254,
  reporterPhone: 50,
  reporterIdentity: 200,
  title: 300,
  discoveredHow: 2_000,
  description: 20_000,
  chronology: 20_000,
  impact: 5_000,
  initialActions: 5_000,
  affectedUrl: 2_048,
  affectedDomain: 253,
  affectedApplication: 300,
  letterNumber: 200,
  letterSender: 300,
  message: 10_000,
  filename: 255,
  observableValue: 2_048,
  observableNote: 2_000,
} as const;

/** Largest accepted number of affected users (a city has well under a million residents). */
export const MAX_AFFECTED_USERS = 100_000_000;

/**
 * Public report submissions per client IP address per hour (`POST /api/v1/public/reports`): the
 * default of `SIGAP_PUBLIC_REPORTS_PER_HOUR`. A server setting rather than a team setting: it
 * guards the server, not a team's policy. Documented in docs/public-reports.md.
 */
export const PUBLIC_REPORT_RATE_LIMIT = { max: 20, timeWindowMs: 60 * 60 * 1000 } as const;

/** Reads and answers on the public tracking page per client IP address per hour. */
export const PUBLIC_TRACKING_RATE_LIMIT = { max: 300, timeWindowMs: 60 * 60 * 1000 } as const;

/** Largest JSON `report` field of a multipart submission, in bytes (every text field at its limit fits). */
export const MAX_REPORT_FIELD_BYTES = 512 * 1024;
