import { describe, expect, it } from "vitest";
import { DEFAULT_TEAM_SETTINGS } from "../../src/core/settings.ts";
import { settingsProblems } from "../../web/src/api/settings.ts";
import { formatLocalDate } from "../../web/src/pages/console/settings/local-date.ts";
import { ticketPreview } from "../../web/src/pages/console/settings/ticket-preview.ts";
import {
  bytesToMegabytes,
  megabytesToBytes,
  percentToShare,
  shareToPercent,
} from "../../web/src/pages/console/settings/units.ts";
import {
  EMPTY_NEW_USER,
  missingFields,
  newUserBody,
  organisationKindFor,
  takesSpecialty,
} from "../../web/src/pages/console/users/new-user.ts";

describe("the ticket code preview", () => {
  it("shows the code the next report would get, as the server formats it", () => {
    expect(ticketPreview(DEFAULT_TEAM_SETTINGS.tickets, 2026, 123)).toEqual({
      code: "DPS-CSIRT-2026-000123",
      problems: [],
    });
    expect(ticketPreview({ prefix: "BALI", format: "{seq}/{prefix}/{year}", seqDigits: 4 }, 2027, 5).code).toBe(
      "0005/BALI/2027",
    );
  });

  it("names what the server would refuse", () => {
    const preview = ticketPreview({ prefix: "dps csirt", format: "{prefix}-{year}", seqDigits: 0 }, 2026);
    expect(preview.problems).toEqual(["needsSeq", "prefix", "digits"]);
  });
});

describe("settings shown in people's units", () => {
  it("turns shares into per cent and bytes into megabytes and back without drift", () => {
    expect(shareToPercent(0.8)).toBe(80);
    expect(percentToShare(75)).toBe(0.75);
    expect(bytesToMegabytes(10 * 1024 * 1024)).toBe(10);
    expect(megabytesToBytes(2.5)).toBe(2_621_440);
    expect(bytesToMegabytes(megabytesToBytes(7.3))).toBe(7.3);
  });

  it("shows calendar dates as written, whatever the zone", () => {
    expect(formatLocalDate("2026-08-17", "id")).toBe("17 Agu 2026");
    expect(formatLocalDate("2026-08-17", "en", true)).toBe("Monday, 17 Aug 2026");
    expect(formatLocalDate("17/08/2026", "en")).toBe("17/08/2026");
  });

  it("reads the problems of a refused change, dropping what is not one", () => {
    expect(
      settingsProblems([
        { path: "tickets.format", message: "Format nomor tiket harus memuat {seq}." },
        { path: "x" },
        "junk",
      ]),
    ).toEqual([{ path: "tickets.format", message: "Format nomor tiket harus memuat {seq}." }]);
    expect(settingsProblems(undefined)).toEqual([]);
  });
});

describe("a new user of each role", () => {
  it("asks for an organisation of the partner's kind and a specialty only for analysts", () => {
    expect(organisationKindFor("agency")).toBe("agency");
    expect(organisationKindFor("developer")).toBe("vendor");
    expect(organisationKindFor("upstream")).toBe("upstream");
    expect(organisationKindFor("csirt")).toBeNull();
    expect(takesSpecialty("csirt")).toBe(true);
    expect(takesSpecialty("csirt_lead")).toBe(false);
  });

  it("lists what is missing before sending", () => {
    expect(missingFields(EMPTY_NEW_USER)).toEqual(["username", "displayName", "role"]);
    expect(missingFields({ ...EMPTY_NEW_USER, username: "pd", displayName: "PD", role: "agency" })).toEqual([
      "organisationId",
    ]);
    expect(missingFields({ ...EMPTY_NEW_USER, username: "a", displayName: "A", role: "viewer" })).toEqual([]);
  });

  it("sends no password, and drops a specialty or organisation the role does not take", () => {
    expect(
      newUserBody({
        ...EMPTY_NEW_USER,
        username: " Budi.S ",
        displayName: " Budi ",
        role: "csirt",
        specialty: "network",
        organisationId: "3",
        language: "en",
      }),
    ).toEqual({
      username: "budi.s",
      displayName: "Budi",
      email: null,
      role: "csirt",
      specialty: "network",
      organisationId: null,
      language: "en",
    });
    expect(
      newUserBody({
        ...EMPTY_NEW_USER,
        username: "v",
        displayName: "V",
        role: "developer",
        specialty: "network",
        organisationId: "9",
      }),
    ).toMatchObject({ specialty: null, organisationId: 9 });
  });
});
