import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../src/auth/password.ts";
import { DEFAULT_TEAM_SETTINGS } from "../../src/core/settings.ts";
import { errorFromResponse, onPasswordChangeRequired, queryString } from "../../web/src/api/client.ts";
import { normaliseProfile, type TeamProfile } from "../../web/src/api/profile.ts";
import * as webPasswordRules from "../../web/src/lib/password-rules.ts";
import { formatDateTime, formatWorkingDays, toZonedInputValue, zoneLabel } from "../../web/src/lib/time.ts";

describe("times in the team's zone", () => {
  it("shows a UTC time in WITA with the zone's name, in either language", () => {
    const at = "2026-11-27T02:15:00.000Z";
    expect(formatDateTime(at, { language: "id", timeZone: "Asia/Makassar" })).toBe("27 Nov 2026, 10.15 WITA");
    expect(formatDateTime(at, { language: "en", timeZone: "Asia/Makassar" })).toBe("27 Nov 2026, 10:15 WITA");
    expect(formatDateTime(at, { language: "id", timeZone: "Asia/Jakarta" })).toBe("27 Nov 2026, 09.15 WIB");
    expect(formatDateTime(at, { language: "id", timeZone: "Asia/Makassar", dateOnly: true })).toBe("27 Nov 2026");
  });

  it("crosses midnight in the zone, not in UTC", () => {
    expect(formatDateTime("2026-11-27T16:30:00Z", { language: "en", timeZone: "Asia/Makassar" })).toBe(
      "28 Nov 2026, 00:30 WITA",
    );
    expect(toZonedInputValue(new Date("2026-11-27T16:30:00Z"), "Asia/Makassar")).toBe("2026-11-28T00:30");
  });

  it("names other zones as Intl does and survives an unknown zone", () => {
    expect(zoneLabel("Asia/Jayapura")).toBe("WIT");
    expect(zoneLabel("UTC")).toBe("UTC");
    expect(formatDateTime("2026-11-27T02:15:00Z", { language: "en", timeZone: "Mars/Olympus" })).toBe(
      "27 Nov 2026, 10:15 WITA",
    );
    expect(formatDateTime(null, { language: "en", timeZone: "Asia/Makassar" })).toBe("");
  });

  it("names working days as a range or a list", () => {
    expect(formatWorkingDays([1, 2, 3, 4, 5], "id")).toBe("Senin–Jumat");
    expect(formatWorkingDays([5, 1, 3], "en")).toBe("Monday, Wednesday, Friday");
  });
});

describe("the team profile", () => {
  const defaults: TeamProfile = {
    ...DEFAULT_TEAM_SETTINGS.profile,
    timeZone: "Asia/Makassar",
    workingDays: [1, 2, 3, 4, 5],
    openingTime: "08:00",
    closeOfBusiness: "16:00",
    intake: { maxAttachmentBytes: 1, maxAttachments: 2, allowedMediaTypes: ["image/png"] },
  };
  const server = {
    ...DEFAULT_TEAM_SETTINGS.profile,
    teamName: "Badung-CSIRT",
    timeZone: "Asia/Makassar",
    workingDays: [1, 2, 3, 4, 5],
  };

  it("reads the public profile route's answer, with no file limits when it publishes none", () => {
    const profile = normaliseProfile({ ...server, openingTime: "07:30", closeOfBusiness: "15:30" }, null);
    expect(profile?.teamName).toBe("Badung-CSIRT");
    expect(profile?.openingTime).toBe("07:30");
    expect(profile?.intake).toBeNull();
  });

  it("needs the defaults when a text field is missing, and then fills it from them", () => {
    const { email: _email, ...partial } = server;
    expect(normaliseProfile(partial, null)).toBeNull();
    expect(normaliseProfile(partial, defaults)?.email).toBe(DEFAULT_TEAM_SETTINGS.profile.email);
    expect(normaliseProfile(null, defaults)).toEqual(defaults);
  });

  it("also reads the settings' nested shape", () => {
    const nested = {
      profile: server,
      calendar: { timeZone: "Asia/Jakarta", workingDays: [1, 2, 3, 4, 5, 6] },
      intake: DEFAULT_TEAM_SETTINGS.intake,
    };
    const profile = normaliseProfile(nested, defaults);
    expect(profile?.timeZone).toBe("Asia/Jakarta");
    expect(profile?.workingDays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(profile?.intake?.maxAttachments).toBe(DEFAULT_TEAM_SETTINGS.intake.maxAttachments);
  });
});

describe("the API client", () => {
  it("keeps the password rules of the server", () => {
    expect(webPasswordRules.PASSWORD_MIN_LENGTH).toBe(PASSWORD_MIN_LENGTH);
    expect(webPasswordRules.PASSWORD_MAX_LENGTH).toBe(PASSWORD_MAX_LENGTH);
  });

  it("turns the server's error shape into a readable error, and anything else into the fallback", () => {
    const error = errorFromResponse(
      400,
      { error: { code: "validation_failed", message: "Data tidak valid.", details: [{ path: "title" }] } },
      "x",
    );
    expect([error.status, error.code, error.message, error.fieldPaths]).toEqual([
      400,
      "validation_failed",
      "Data tidak valid.",
      ["title"],
    ]);
    const other = errorFromResponse(502, undefined, "Server tidak dapat dihubungi.");
    expect([other.code, other.message]).toEqual(["internal", "Server tidak dapat dihubungi."]);
  });

  it("recognises the server's 'change your password first' and 'enter your TOTP code'", () => {
    let told = 0;
    onPasswordChangeRequired(() => told++);
    const refused = errorFromResponse(
      403,
      { error: { code: "forbidden", message: "m", details: { passwordChangeRequired: true } } },
      "x",
    );
    const totp = errorFromResponse(
      401,
      { error: { code: "unauthenticated", message: "m", details: { totpRequired: true } } },
      "x",
    );
    onPasswordChangeRequired(null);
    expect([refused.passwordChangeRequired, totp.totpRequired, totp.passwordChangeRequired, told]).toEqual([
      true,
      true,
      false,
      1,
    ]);
  });

  it("builds query strings from the values that are set", () => {
    expect(queryString({ token: "a b", page: 2, q: "", step: null, x: undefined })).toBe("?token=a+b&page=2");
    expect(queryString({})).toBe("");
  });
});
