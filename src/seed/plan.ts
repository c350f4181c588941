import type { SopDefinition, SopStepCode } from "../core/sop/definition.ts";
import type { ReportChannel } from "../core/reports/schema.ts";
import { DEMO_STORIES, type DemoStory } from "./demo-data.ts";
import type { Rng } from "./prng.ts";

/*
 * What becomes of each demo report, decided before anything is written: when it arrives, by which
 * channel, what it is about, and how its case ends (or where it stands when the simulation stops).
 * Pure: the same seed and count give the same plan. The simulation (seed-demo.ts) then drives each
 * case through the real commands at the planned pace.
 */

/** How a case ends, or where it stays open. */
export type Fate =
  /** All ten steps (cut short by the end of the simulation when it arrives late in the span). */
  | { kind: "resolved" }
  /** Stays at `step` (its active step) until the end: one per step is planned, so each is shown. */
  | { kind: "open"; step: SopStepCode }
  /** Closed at verification as invalid, with a reason. */
  | { kind: "invalid" }
  /** Out of the CSIRT's remit: handed on (police, Komdigi) at verification. */
  | { kind: "transferred" }
  /** Repeats an earlier report: merged into that one's incident at forwarding or verification. */
  | { kind: "duplicate"; target: number; mergeAt: "forward" | "verify" };

/** Where an escalation happens in a case that has one. */
export type EscalationPlan = "none" | "handle_vendor" | "handle_bssn" | "followup_bssn";

export interface ReportPlan {
  /** Position in the plan (not the arrival order). */
  index: number;
  arrival: Date;
  channel: ReportChannel;
  story: DemoStory;
  /** Index into the seeded applications. */
  application: number;
  fate: Fate;
  escalation: EscalationPlan;
  /** The simulation must reach this case's open step before it stops. */
  mustReach: boolean;
  /** The reporter names the incident type (a report that shows a type for the first time always does). */
  typeKnown: boolean;
}

export interface PlanInput {
  reports: number;
  start: Date;
  sop: SopDefinition;
  /** The seeded applications: their agency's short name (stories prefer some agencies). */
  applications: readonly { agencyShortName: string }[];
}

export interface Plan {
  reports: ReportPlan[];
  /** The last ordinary arrival: the simulation runs at least an hour past it. */
  lastArrival: Date;
}

/** The fewest reports that still show every state: one case open at each step, closures, a duplicate. */
export const MIN_DEMO_REPORTS = 20;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WITA_OFFSET = 8 * HOUR;

const CHANNEL_WEIGHTS: readonly (readonly [ReportChannel, number])[] = [
  ["web", 50],
  ["email", 18],
  ["phone", 9],
  ["letter", 7],
  ["api", 5],
  ["monitor", 6],
  ["federation", 2],
  ["upstream_notice", 3],
];

/** Online gambling and defacement are what Indonesian local government sites suffer most. */
const TYPE_WEIGHT: Readonly<Record<string, number>> = { JUD: 5, DEF: 3, PHI: 2, WEB: 2 };

const IN_REMIT = DEMO_STORIES.filter((s) => s.typeCode !== "OOS");
const OUT_OF_REMIT = DEMO_STORIES.filter((s) => s.typeCode === "OOS");
const PERSONAL = DEMO_STORIES.filter((s) => s.personalData);

/** An instant within the span, mostly in office hours on weekdays (WITA), sometimes at night. */
function arrivalIn(rng: Rng, from: number, days: number): Date {
  for (;;) {
    const day = rng.int(0, days - 1);
    const hour = rng.weighted<number>(
      [...Array(24).keys()].map((h) => [h, h >= 8 && h < 16 ? 6 : h >= 16 && h < 22 ? 2 : 0.5]),
    );
    const at = from + day * DAY + hour * HOUR + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
    const weekday = new Date(at + WITA_OFFSET).getUTCDay();
    // Fewer reports at weekends: redraw most of them.
    if ((weekday === 0 || weekday === 6) && rng.chance(0.6)) continue;
    return new Date(at);
  }
}

/** Roughly how long a case takes to reach `step` (working-day standards spread over the calendar). */
function leadTime(sop: SopDefinition, step: SopStepCode): number {
  let ms = 0;
  for (const s of sop.steps) {
    if (s.code === step) break;
    ms += s.timeStandard.unit === "minutes" ? s.timeStandard.amount * 60_000 : s.timeStandard.amount * 1.4 * DAY;
  }
  return ms;
}

/** Plans `reports` reports from `start` (the span grows with the count: about three a day). */
export function planReports(rng: Rng, input: PlanInput): Plan {
  if (!Number.isInteger(input.reports) || input.reports < MIN_DEMO_REPORTS)
    throw new RangeError(`at least ${MIN_DEMO_REPORTS} reports are needed to show every state`);
  const n = input.reports;
  const spanDays = Math.min(365, Math.max(21, Math.round(n / 3)));
  const from = input.start.getTime();
  const end = from + spanDays * DAY;

  const byAgency = new Map<string, number[]>();
  input.applications.forEach((a, i) =>
    byAgency.set(a.agencyShortName, [...(byAgency.get(a.agencyShortName) ?? []), i]),
  );
  const appFor = (story: DemoStory): number => {
    const preferred = story.agency ? byAgency.get(story.agency) : undefined;
    return preferred && rng.chance(0.8) ? rng.pick(preferred) : rng.int(0, input.applications.length - 1);
  };
  const weightedStory = (pool: readonly DemoStory[]) =>
    rng.weighted(pool.map((s) => [s, TYPE_WEIGHT[s.typeCode] ?? 1] as const));

  // The fates that must appear, then ordinary ones.
  const openSteps = input.sop.steps.slice(1).map((s) => s.code as SopStepCode);
  const fates: { fate: Fate | "dup"; mustReach: boolean; story?: DemoStory; stale?: boolean }[] = [
    ...openSteps.map((step) => ({ fate: { kind: "open", step } as Fate, mustReach: true })),
    // One case forgotten at verification early in the span: long past its due time.
    { fate: { kind: "open", step: "verify" } as Fate, mustReach: true, stale: true },
  ];
  const invalid = Math.max(2, Math.round(n * 0.1));
  const transferred = Math.max(1, Math.round(n * 0.04));
  const duplicates = Math.max(2, Math.round(n * 0.04));
  for (let i = 0; i < invalid; i++) fates.push({ fate: { kind: "invalid" }, mustReach: false });
  for (let i = 0; i < transferred; i++)
    fates.push({ fate: { kind: "transferred" }, mustReach: false, story: rng.pick(OUT_OF_REMIT) });
  for (let i = 0; i < duplicates; i++) fates.push({ fate: "dup", mustReach: false });
  // At least one case about personal data (the UU PDP 72-hour notice).
  fates.push({ fate: { kind: "resolved" }, mustReach: false, story: rng.pick(PERSONAL) });
  while (fates.length < n) fates.push({ fate: { kind: "resolved" }, mustReach: false });

  const channels = rng.shuffle(CHANNEL_WEIGHTS.map(([c]) => c));
  // Every incident type at least once, then by weight.
  const uncovered = rng.shuffle([...new Set(IN_REMIT.map((s) => s.typeCode))]);
  const storyFor = (): { story: DemoStory; first: boolean } => {
    const type = uncovered.shift();
    return type
      ? { story: rng.pick(IN_REMIT.filter((s) => s.typeCode === type)), first: true }
      : { story: weightedStory(IN_REMIT), first: false };
  };
  const plans: ReportPlan[] = [];
  let lastArrival = from;
  // Ordinary reports first, so that duplicates can point at them.
  const order = [...fates.keys()].sort((a, b) => Number(fates[a]!.fate === "dup") - Number(fates[b]!.fate === "dup"));
  for (const i of order) {
    const f = fates[i]!;
    const index = plans.length;
    // Every channel at least once, then by weight.
    const channel = index < channels.length ? channels[index]! : rng.weighted(CHANNEL_WEIGHTS);
    if (f.fate === "dup") {
      const candidates = plans.filter(
        (p) =>
          (p.fate.kind === "resolved" ||
            (p.fate.kind === "open" && p.fate.step !== "forward" && p.fate.step !== "verify")) &&
          p.arrival.getTime() < end - 2 * DAY,
      );
      const target = rng.pick(candidates);
      plans.push({
        index,
        arrival: new Date(target.arrival.getTime() + rng.int(1, 20) * HOUR + rng.int(0, 3599) * 1000),
        channel: channel === "letter" ? "web" : channel,
        story: target.story,
        application: target.application,
        fate: { kind: "duplicate", target: target.index, mergeAt: rng.chance(0.5) ? "forward" : "verify" },
        escalation: "none",
        mustReach: false,
        typeKnown: false,
      });
      continue;
    }
    const chosen = f.story ? { story: f.story, first: true } : storyFor();
    const story = chosen.story;
    let arrival: Date;
    if (f.fate.kind === "open" && f.stale) arrival = arrivalIn(rng, from, Math.max(1, Math.round(spanDays / 5)));
    else if (f.fate.kind === "open")
      arrival = new Date(end - leadTime(input.sop, f.fate.step) * rng.between(0.9, 1.2) - rng.int(1, 6) * HOUR);
    else arrival = arrivalIn(rng, from, spanDays);
    if (!f.mustReach && arrival.getTime() > lastArrival) lastArrival = arrival.getTime();
    const escalation: EscalationPlan =
      f.fate.kind === "resolved" || f.fate.kind === "open"
        ? rng.weighted<EscalationPlan>([
            ["none", 85],
            ["handle_vendor", 5],
            ["handle_bssn", 5],
            ["followup_bssn", 5],
          ])
        : "none";
    plans.push({
      index,
      arrival,
      channel,
      story,
      application: appFor(story),
      fate: f.fate,
      escalation,
      mustReach: f.mustReach,
      typeKnown: chosen.first,
    });
  }
  // Both kinds of escalation to BSSN appear at least once: on the earliest ordinary cases, which
  // have the time to reach handling and the upstream follow-up before the simulation stops.
  const ordinary = plans.filter((p) => p.fate.kind === "resolved" && p.escalation === "none");
  const forced = ordinary.sort((a, b) => a.arrival.getTime() - b.arrival.getTime()).slice(0, 2);
  if (forced[0]) forced[0].escalation = "handle_bssn";
  if (forced[1]) forced[1].escalation = "followup_bssn";
  return { reports: plans, lastArrival: new Date(lastArrival) };
}
