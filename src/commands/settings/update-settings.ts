import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { calendarConfigSchema } from "../../core/calendar/config.ts";
import { invalid } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import { DEFAULT_TEAM_SETTINGS, teamSettingsSchema, type TeamSettings } from "../../core/settings.ts";
import { loadSopDefinition } from "../../core/sop/definition.ts";
import { readTeamSettings, TEAM_SETTINGS_KEY } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { settingsProblem, zodProblems, type SettingsProblem } from "./settings-problems.ts";

/** An SOP file larger than this is not an SOP. */
const MAX_SOP_FILE_BYTES = 1024 * 1024;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Changes the team's settings. `patch` holds only what changes: `{ calendar: { closeOfBusiness:
 * "15:00" } }`; `null` puts a field (or a whole section) back to its default. The result is checked
 * as a whole — every problem at once, in both languages, and nothing changes if there is one. A
 * new SOP definition file is loaded and checked before it is accepted. Only the values set are
 * stored, so defaults that improve in later versions reach teams that never changed them.
 */
export async function updateTeamSettings(ctx: CommandContext, patch: unknown): Promise<TeamSettings> {
  assertCan(ctx.actor, "settings.manage");
  const row = await ctx.db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", TEAM_SETTINGS_KEY)
    .executeTakeFirst();
  const stored: Json = row ? (JSON.parse(row.value) as Json) : {};
  const before = await readTeamSettings(ctx.db);

  const problems: SettingsProblem[] = [];
  const merged = mergePatch(stored, patch, problems);
  if (problems.length > 0) throw invalid("settings.invalid", { count: problems.length }, problems);

  const checked = zodProblems(teamSettingsSchema, merged);
  if (!checked.ok) throw invalid("settings.invalid", { count: checked.problems.length }, checked.problems);
  const after = checked.data;
  const calendar = zodProblems(calendarConfigSchema, { ...after.calendar, holidays: [] }, ["calendar"]);
  if (!calendar.ok) throw invalid("settings.invalid", { count: calendar.problems.length }, calendar.problems);

  if (isObject(patch) && typeof patch.sopDefinitionFile === "string" && patch.sopDefinitionFile !== "") {
    const file = resolve(patch.sopDefinitionFile);
    const sopProblems = checkSopFile(file);
    if (sopProblems.length > 0)
      throw invalid("settings.sop_file_invalid", { file, count: sopProblems.length }, sopProblems);
    merged.sopDefinitionFile = file;
    after.sopDefinitionFile = file;
  }

  if (JSON.stringify(merged) === JSON.stringify(stored)) return after;
  await ctx.db
    .insertInto("settings")
    .values({ key: TEAM_SETTINGS_KEY, value: JSON.stringify(merged), updated_at: ctx.now.toISOString() })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({ value: JSON.stringify(merged), updated_at: ctx.now.toISOString() }),
    )
    .execute();
  await appendAudit(ctx, {
    action: "settings.update",
    entityType: "settings",
    entityId: TEAM_SETTINGS_KEY,
    before: flatten(before),
    after: flatten(after),
  });
  return after;
}

/**
 * Applies `patch` to the stored overrides. Sections are merged field by field; lists and plain
 * values are replaced; `null` removes the override. Unknown names are problems, not ignored: a
 * misspelt `closeOfBussiness` would otherwise look accepted.
 */
function mergePatch(stored: Json, patch: unknown, problems: SettingsProblem[]): Json {
  const merged: Json = structuredClone(stored);
  if (!isObject(patch)) {
    problems.push(settingsProblem("not_an_object", "(body)"));
    return merged;
  }
  const defaults = DEFAULT_TEAM_SETTINGS as unknown as Json;
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in defaults)) {
      problems.push(settingsProblem("unknown_field", key, { allowed: Object.keys(defaults).join(", ") }));
      continue;
    }
    const sectionDefaults = defaults[key];
    if (value === null) {
      delete merged[key];
      continue;
    }
    if (!isObject(sectionDefaults)) {
      merged[key] = value;
      continue;
    }
    if (!isObject(value)) {
      problems.push(settingsProblem("not_an_object", key));
      continue;
    }
    const section: Json = isObject(merged[key]) ? (merged[key] as Json) : {};
    for (const [field, fieldValue] of Object.entries(value)) {
      if (!(field in sectionDefaults)) {
        problems.push(
          settingsProblem("unknown_field", `${key}.${field}`, { allowed: Object.keys(sectionDefaults).join(", ") }),
        );
        continue;
      }
      if (fieldValue === null) delete section[field];
      else section[field] = fieldValue;
    }
    merged[key] = section;
  }
  return merged;
}

/** Everything wrong with an SOP definition file: where it is, what it is, and the definition in it. */
function checkSopFile(file: string): SettingsProblem[] {
  const path = "sopDefinitionFile";
  if (!file.toLowerCase().endsWith(".json")) return [settingsProblem("sop_file_extension", path)];
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return [settingsProblem("sop_file_missing", path, { file })];
    if (stat.size > MAX_SOP_FILE_BYTES) return [settingsProblem("sop_file_too_large", path, { file, max: "1 MB" })];
    text = readFileSync(file, "utf8");
  } catch {
    return [settingsProblem("sop_file_missing", path, { file })];
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return [
      settingsProblem("sop_file_bad_json", path, {
        file,
        reason: error instanceof Error ? error.message : String(error),
      }),
    ];
  }
  const loaded = loadSopDefinition(json);
  return loaded.ok
    ? []
    : loaded.errors.map((e) => ({ path: e.path ? `${path}: ${e.path}` : path, message: e.message }));
}

/** `{ calendar: { closeOfBusiness } }` → `{ "calendar.closeOfBusiness" }`, so the audit log records only the fields that changed. */
function flatten(settings: TeamSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (isObject(value)) for (const [field, v] of Object.entries(value)) out[`${key}.${field}`] = v;
    else out[key] = value;
  }
  return out;
}
