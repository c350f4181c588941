import { sopDefinitionSchema, type SopDefinition } from "./schema.ts";
import { problemFromIssue, sopProblem, type SopProblem } from "./problems.ts";

/** The outcome of reading an SOP definition: the definition, or every problem found in it. */
export type SopLoadResult =
  | { readonly ok: true; readonly definition: SopDefinition }
  | { readonly ok: false; readonly errors: readonly SopProblem[] };

/**
 * Validates an SOP definition read from JSON. Reports all problems at once, each with an
 * Indonesian and an English message, so an administrator can fix the file in one go.
 */
export function loadSopDefinition(json: unknown): SopLoadResult {
  const parsed = sopDefinitionSchema.safeParse(json);
  const errors = parsed.success ? [] : parsed.error.issues.map((issue) => problemFromIssue(issue, json));
  errors.push(...crossStepProblems(json));
  if (parsed.success && errors.length === 0) return { ok: true, definition: parsed.data };
  return { ok: false, errors };
}

/** Like `loadSopDefinition`, but throws with the English messages; for definitions shipped in code. */
export function loadSopDefinitionOrThrow(json: unknown): SopDefinition {
  const result = loadSopDefinition(json);
  if (result.ok) return result.definition;
  throw new Error(`Invalid SOP definition:\n${result.errors.map((e) => `  ${e.message.en}`).join("\n")}`);
}

/**
 * Rules across steps: unique numbers, numbers 1..N in array order, unique codes. They run on
 * whatever steps are readable, even when other parts of the document are wrong.
 */
function crossStepProblems(json: unknown): SopProblem[] {
  const steps = json !== null && typeof json === "object" ? (json as { steps?: unknown }).steps : undefined;
  if (!Array.isArray(steps) || steps.length === 0) return [];
  const field = (step: unknown, key: string): unknown =>
    step !== null && typeof step === "object" ? (step as Record<string, unknown>)[key] : undefined;
  const numbers = steps.map((s) => field(s, "number"));
  const codes = steps.map((s) => field(s, "code"));
  const problems: SopProblem[] = [];

  for (const n of repeated(numbers.filter((n): n is number => typeof n === "number"))) {
    problems.push(sopProblem("duplicate_step_number", ["steps"], { value: String(n) }));
  }
  for (const c of repeated(codes.filter((c): c is string => typeof c === "string"))) {
    problems.push(sopProblem("duplicate_step_code", ["steps"], { value: c }));
  }
  if (numbers.every((n) => typeof n === "number") && numbers.some((n, i) => n !== i + 1)) {
    problems.push(
      sopProblem("non_consecutive_order", ["steps"], { count: String(steps.length), value: numbers.join(", ") }),
    );
  }
  return problems;
}

function repeated<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}
