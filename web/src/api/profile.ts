import { useQuery } from "@tanstack/react-query";
import { ApiError, api } from "./client.ts";
import { DEFAULT_TIME_ZONE } from "../lib/time.ts";

/** The team's limits on files a reporter may attach. */
export interface IntakeLimits {
  maxAttachmentBytes: number;
  maxAttachments: number;
  allowedMediaTypes: string[];
}

/** The team as the public sees it (RFC 2350 §2–3: who, where, when, how to reach them). */
export interface TeamProfile {
  teamName: string;
  teamFullName: string;
  agencyName: string;
  governmentName: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  constituency: string;
  /** BSSN registration (Surat Tanda Registrasi) number and expiry; empty when not given. */
  strNumber: string;
  strExpires: string;
  timeZone: string;
  /** ISO weekdays (1 = Monday) and opening hours, when the server tells them. */
  workingDays: number[];
  openingTime: string;
  closeOfBusiness: string;
  /** Only when the server publishes them; otherwise `useIntakeLimits` falls back to the defaults. */
  intake: IntakeLimits | null;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);

function readIntake(raw: unknown): IntakeLimits | null {
  if (!isObject(raw)) return null;
  const { maxAttachmentBytes, maxAttachments, allowedMediaTypes } = raw;
  if (
    typeof maxAttachmentBytes !== "number" ||
    typeof maxAttachments !== "number" ||
    !Array.isArray(allowedMediaTypes)
  ) {
    return null;
  }
  return {
    maxAttachmentBytes,
    maxAttachments,
    allowedMediaTypes: allowedMediaTypes.filter((t): t is string => typeof t === "string"),
  };
}

/**
 * Reads the profile from what `GET /api/v1/public/profile` answers, whether the fields sit at the
 * top level or under `profile`, `calendar` and `intake` as in the team settings. A missing text
 * field takes its default; without defaults (null) a missing one makes the answer null.
 */
export function normaliseProfile(raw: unknown, defaults: TeamProfile | null): TeamProfile | null {
  const top = isObject(raw) ? raw : {};
  const profile = isObject(top.profile) ? { ...top, ...top.profile } : top;
  const calendar = isObject(top.calendar) ? { ...top, ...top.calendar } : top;
  let missing = false;
  const text = (value: unknown, fallback: string | undefined) => {
    if (typeof value === "string") return value;
    missing = true;
    return fallback ?? "";
  };
  const days = Array.isArray(calendar.workingDays)
    ? calendar.workingDays.filter((d): d is number => typeof d === "number")
    : null;
  const result: TeamProfile = {
    teamName: text(profile.teamName, defaults?.teamName),
    teamFullName: text(profile.teamFullName, defaults?.teamFullName),
    agencyName: text(profile.agencyName, defaults?.agencyName),
    governmentName: text(profile.governmentName, defaults?.governmentName),
    address: text(profile.address, defaults?.address),
    email: text(profile.email, defaults?.email),
    phone: text(profile.phone, defaults?.phone),
    website: text(profile.website, defaults?.website),
    constituency: text(profile.constituency, defaults?.constituency),
    strNumber: typeof profile.strNumber === "string" ? profile.strNumber : (defaults?.strNumber ?? ""),
    strExpires: typeof profile.strExpires === "string" ? profile.strExpires : (defaults?.strExpires ?? ""),
    timeZone: text(calendar.timeZone, defaults?.timeZone),
    workingDays: days ?? defaults?.workingDays ?? [],
    openingTime: typeof calendar.openingTime === "string" ? calendar.openingTime : (defaults?.openingTime ?? ""),
    closeOfBusiness:
      typeof calendar.closeOfBusiness === "string" ? calendar.closeOfBusiness : (defaults?.closeOfBusiness ?? ""),
    intake: readIntake(top.intake) ?? defaults?.intake ?? null,
  };
  return missing && defaults === null ? null : result;
}

/**
 * The defaults come from the server's own settings module (Denpasar-CSIRT): one source for them.
 * It is a chunk of its own (with zod), loaded only when something is missing from the server.
 */
async function defaultProfile(): Promise<TeamProfile> {
  const { DEFAULT_TEAM_SETTINGS: s } = await import("../../../src/core/settings.ts");
  return {
    ...s.profile,
    timeZone: s.calendar.timeZone || DEFAULT_TIME_ZONE,
    workingDays: [...s.calendar.workingDays],
    openingTime: s.calendar.openingTime,
    closeOfBusiness: s.calendar.closeOfBusiness,
    intake: {
      maxAttachmentBytes: s.intake.maxAttachmentBytes,
      maxAttachments: s.intake.maxAttachments,
      allowedMediaTypes: [...s.intake.allowedMediaTypes],
    },
  };
}

async function loadProfile(): Promise<TeamProfile> {
  let raw: unknown = null;
  try {
    raw = await api.get<unknown>("/api/v1/public/profile");
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  return normaliseProfile(raw, null) ?? (normaliseProfile(raw, await defaultProfile()) as TeamProfile);
}

const PROFILE_KEY = ["public", "profile"] as const;

/** The team profile, fetched once per page load. */
export function useTeamProfile() {
  return useQuery({ queryKey: PROFILE_KEY, queryFn: loadProfile, staleTime: Infinity, retry: 1 });
}

/** The team's time zone: the profile's once known, Denpasar's meanwhile. */
export function useTimeZone(): string {
  return useTeamProfile().data?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The file limits the form checks before sending: the server's if it publishes them, else the defaults it starts with. */
export function useIntakeLimits() {
  const profile = useTeamProfile();
  return useQuery({
    queryKey: ["public", "intake-limits", profile.data?.intake ?? null],
    queryFn: async () => profile.data?.intake ?? (await defaultProfile()).intake!,
    enabled: profile.isSuccess,
    staleTime: Infinity,
  });
}
