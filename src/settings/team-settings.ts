import { readFileSync, statSync } from "node:fs";
import type { Kysely } from "kysely";
import { makeCalendarConfig, type CalendarConfig } from "../core/calendar/index.ts";
import { teamSettingsSchema, type TeamSettings } from "../core/settings.ts";
import { DENPASAR_SOP, loadSopDefinitionOrThrow, type SopDefinition } from "../core/sop/definition.ts";
import type { DB } from "../db/schema.ts";

export const TEAM_SETTINGS_KEY = "team";

/**
 * The last input and result of a pure parse. Settings are read from the database on every call
 * (so a change made by another process is seen at once); only validating the same stored text
 * again is skipped, which every request used to pay for. Results are frozen: they are shared.
 */
function lastResultOf<T>(parse: (key: string) => T): (key: string) => T {
  let last: { key: string; value: T } | null = null;
  return (key) => {
    if (last?.key !== key) last = { key, value: deepFreeze(parse(key)) };
    return last.value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const parseSettings = lastResultOf((text) => teamSettingsSchema.parse(JSON.parse(text)));
const parseCalendar = lastResultOf((text) => makeCalendarConfig(JSON.parse(text)));

/** The stored team settings with defaults filled in. */
export async function readTeamSettings(db: Kysely<DB>): Promise<TeamSettings> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", TEAM_SETTINGS_KEY).executeTakeFirst();
  return parseSettings(row ? row.value : "{}");
}

/** The team's business calendar: its zone and hours from settings, its holidays from the holidays table. */
export async function readCalendar(db: Kysely<DB>, settings?: TeamSettings): Promise<CalendarConfig> {
  const s = settings ?? (await readTeamSettings(db));
  const holidays = await db.selectFrom("holidays").select("date").execute();
  return parseCalendar(JSON.stringify({ ...s.calendar, holidays: holidays.map((h) => h.date) }));
}

const sopCache = new Map<string, { mtimeMs: number; size: number; def: SopDefinition }>();

/**
 * The SOP the team works by: its own definition file when one is set, else Denpasar's. The parsed
 * file is cached until the file changes on disk.
 */
export function sopDefinitionFor(settings: TeamSettings): SopDefinition {
  const file = settings.sopDefinitionFile;
  if (!file) return DENPASAR_SOP;
  const { mtimeMs, size } = statSync(file);
  const cached = sopCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.def;
  const def = loadSopDefinitionOrThrow(JSON.parse(readFileSync(file, "utf8")));
  sopCache.set(file, { mtimeMs, size, def });
  return def;
}

/** Everything the workflow needs to know about the team, read once per command. */
export interface TeamContext {
  settings: TeamSettings;
  calendar: CalendarConfig;
  sop: SopDefinition;
}

export async function readTeamContext(db: Kysely<DB>): Promise<TeamContext> {
  const settings = await readTeamSettings(db);
  return { settings, calendar: await readCalendar(db, settings), sop: sopDefinitionFor(settings) };
}
