import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TeamSettings } from "../../../src/core/settings.ts";
import type { SopDefinition } from "../../../src/core/sop/schema.ts";
import { api } from "./client.ts";

export type { TeamSettings } from "../../../src/core/settings.ts";

/** One thing wrong with a settings change: where (`calendar.closeOfBusiness`) and what, in the reader's language. */
export interface SettingsProblem {
  path: string;
  message: string;
}

export const SETTINGS_KEY = ["settings"] as const;

/** The team's settings, every field filled in. */
export function useSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api.get<TeamSettings>("/api/v1/settings") });
}

/** The SOP definition in use: steps, owner roles, time standards. */
export function useSop() {
  return useQuery({ queryKey: ["sop"], queryFn: () => api.get<SopDefinition>("/api/v1/sop"), staleTime: 300_000 });
}

/** A change of some sections (`{calendar: {...}}`); nothing changes when the server finds a problem. */
export type SettingsPatch = { [K in keyof TeamSettings]?: Partial<TeamSettings[K]> };

/** Saves a change and refreshes what depends on the settings (the public profile, the SOP). */
export function useSaveSettings() {
  const client = useQueryClient();
  return async (patch: SettingsPatch): Promise<TeamSettings> => {
    const saved = await api.patch<TeamSettings>("/api/v1/settings", patch);
    client.setQueryData(SETTINGS_KEY, saved);
    await Promise.all([
      client.invalidateQueries({ queryKey: ["public", "profile"] }),
      client.invalidateQueries({ queryKey: ["sop"] }),
    ]);
    return saved;
  };
}

/** The problems a refused settings change listed. */
export function settingsProblems(details: unknown): SettingsProblem[] {
  if (!Array.isArray(details)) return [];
  return details
    .filter((d): d is Record<string, unknown> => typeof d === "object" && d !== null)
    .map((d) => ({
      path: typeof d.path === "string" ? d.path : "",
      message: typeof d.message === "string" ? d.message : "",
    }))
    .filter((p) => p.message !== "");
}
