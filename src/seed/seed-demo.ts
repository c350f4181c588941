import { runCommand, type CommandContext, type CommandDeps } from "../commands/context.ts";
import type { IncomingAttachment } from "../commands/evidence/record-attachments.ts";
import { ensureHolidaysSeeded } from "../commands/holidays/ensure-holidays-seeded.ts";
import { completeStep } from "../commands/incidents/complete-step.ts";
import { addReporterMessage } from "../commands/reports/add-reporter-message.ts";
import { addStaffMessage } from "../commands/reports/add-staff-message.ts";
import { DUPLICATE_DISPOSITION, mergeReport } from "../commands/reports/merge-report.ts";
import { submitReport } from "../commands/reports/submit-report.ts";
import { satisfyTimer } from "../commands/timers/satisfy-timer.ts";
import { isLegalTimerKind } from "../commands/timers/legal-timer-kinds.ts";
import { runLegalTimersWatch } from "../commands/timers/watch-legal-timers.ts";
import { runSlaWatch } from "../commands/timers/watch-step-runs.ts";
import { publicActor, systemActor, type Actor, type UserActor } from "../core/actor.ts";
import { localDateOf, zonedToInstant } from "../core/calendar/index.ts";
import { FakeClock } from "../core/clock.ts";
import { conflict, invalid } from "../core/errors.ts";
import type { SubmitReportInput } from "../core/reports/schema.ts";
import type { SopStepCode } from "../core/sop/definition.ts";
import type { Database } from "../db/connect.ts";
import type { StepRun } from "../db/schema.ts";
import { readTeamContext, type TeamContext } from "../settings/team-settings.ts";
import { attachmentStoreFor } from "../storage/attachment-store.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-data.ts";
import { MIN_DEMO_REPORTS, planReports, type ReportPlan } from "./plan.ts";
import { mulberry32, type Rng } from "./prng.ts";
import { demoReportContent, demoReporter } from "./report-input.ts";
import {
  seedRegistry,
  seedUsers,
  type SeededApplication,
  type SeededRegistry,
  type SeededUsers,
} from "./seed-registry.ts";
import { EventQueue, inOfficeHours } from "./sim-time.ts";
import {
  agencyOutput,
  analyseOutput,
  developerOutput,
  finalOutput,
  forwardOutput,
  handleOutput,
  mitigateOutput,
  upstreamOutput,
  verifyInvalidOutput,
  verifyTransferredOutput,
  verifyValidOutput,
} from "./step-outputs.ts";

/*
 * `sigap seed`: realistic, deterministic demo data. The registers are created first; then the
 * planned reports (plan.ts) are replayed in time order on a fake clock that starts at a fixed date:
 * each report goes through submitReport and each step through completeStep (or mergeReport) as the
 * person who owns it, at a pace drawn from the step's time standard, in office hours — so due
 * times, warnings and late steps come out as they would. The SLA and legal-timer watchers run at
 * the times they would have run. The simulation stops shortly after the last report arrived, once
 * one case stands open at each step; what was still in progress then stays open.
 *
 * The same count and seed give the same registers, ticket codes, texts, times and states; only
 * secrets (tracking tokens, password salts) are random, as they must be.
 */

/** First day of the simulated period unless `--start` says otherwise. */
export const DEFAULT_SEED_START = "2026-09-01";

export interface SeedDemoOptions {
  reports: number;
  seed: number;
  /** First day (team's zone, `YYYY-MM-DD`) of the simulated period. */
  start?: string;
  /** Where letter scans and evidence files go (the server's data directory). */
  dataDir: string;
  /** Seed even though the database already has reports. */
  force?: boolean;
}

export interface SeedDemoResult {
  reports: number;
  incidents: { open: number; closed: number };
  /** Open incidents by the code of their active step. */
  openBySteps: Record<string, number>;
  /** Closed incidents by outcome. */
  outcomes: Record<string, number>;
  /** Open incidents whose active step is past its due time at the end of the simulation. */
  lateOpen: number;
  escalations: number;
  personalData: number;
  firstCode: string | null;
  lastCode: string | null;
  from: string;
  until: string;
  users: { username: string; role: string }[];
  password: string;
}

type Event =
  | { kind: "arrive"; plan: ReportPlan }
  | { kind: "step"; plan: ReportPlan; step: SopStepCode }
  | { kind: "ask"; plan: ReportPlan }
  | { kind: "answer"; plan: ReportPlan }
  | { kind: "timer"; plan: ReportPlan; timer: string }
  | { kind: "watch" };

/** What the simulation knows of a case once its report is in. */
interface CaseState {
  plan: ReportPlan;
  rng: Rng;
  app: SeededApplication;
  reportId: number;
  incidentId: number;
  code: string;
  token: string;
  ip: string | null;
  /** Who does the CSIRT's steps (set by forwarding). */
  analyst: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Which analyst's team gets which incident types. */
function analystFor(rng: Rng, typeCode: string): { username: string; team: string } {
  if (rng.chance(0.1)) return { username: "demo-csirt_lead", team: "Koordinator CSIRT" };
  if (["MAL", "DOS", "SCN", "BRU"].includes(typeCode))
    return { username: "demo-csirt-server", team: "Tim Server dan Jaringan" };
  if (["LEK", "UAA", "SPM", "OTH", "OOS"].includes(typeCode))
    return { username: "demo-csirt-infosec", team: "Tim Keamanan Informasi" };
  return { username: "demo-csirt", team: "Tim Website Administrator" };
}

/** When the owner of a run finishes it: mostly within its standard, sometimes late, in office hours. */
function completionTime(rng: Rng, run: StepRun, now: Date, team: TeamContext): Date {
  const start = Date.parse(run.started_at);
  const due = Date.parse(run.due_at);
  const span = Math.max(due - start, 10 * MINUTE);
  const raw = rng.chance(0.15)
    ? due + span * rng.between(0.05, 0.8) + 5 * MINUTE
    : start + span * rng.between(0.1, 0.85);
  const at = inOfficeHours(new Date(Math.max(raw, now.getTime() + MINUTE)), team.calendar, rng);
  return at;
}

/** A one-page "scan" of an incoming letter: enough of a PDF for the type check. */
const letterScan = (number: string, sender: string) =>
  Buffer.from(
    `%PDF-1.4\n% Surat ${number} dari ${sender}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

/** Refuses a database with reports (unless forced) and a count too small to show every state. */
async function checkCanSeed(database: Database, options: SeedDemoOptions): Promise<void> {
  if (!Number.isInteger(options.reports) || options.reports < MIN_DEMO_REPORTS)
    throw invalid("seed.too_few_reports", { min: MIN_DEMO_REPORTS }, [{ path: "reports" }]);
  const row = await database.db
    .selectFrom("reports")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(row.n) > 0 && !options.force) throw conflict("seed.database_not_empty", { count: Number(row.n) });
}

/** Fills a migrated database with demo data (see the comment at the top of this file). */
export async function seedDemo(database: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  await checkCanSeed(database, options);
  const zone = (await readTeamContext(database.db)).calendar.timeZone;
  const startDate = options.start ?? DEFAULT_SEED_START;
  // The registers are made the working day before: 09:00 on the eve of the first day.
  const start = zonedToInstant(startDate, 0, zone);
  const clock = new FakeClock(new Date(start.getTime() - 15 * HOUR));
  const deps: CommandDeps = { database, clock };
  await ensureHolidaysSeeded(deps);
  const registry = await seedRegistry(deps, { seed: options.seed });
  const users = await seedUsers(deps, registry);
  const team = await readTeamContext(database.db);
  const rng = mulberry32(options.seed);
  const plan = planReports(rng.fork("plan"), {
    reports: options.reports,
    start,
    sop: team.sop,
    applications: registry.applications,
  });
  const sim = new Simulation(deps, clock, team, registry, users, options.dataDir, options.seed);
  const until = await sim.run(plan.reports, new Date(plan.lastArrival.getTime() + HOUR));
  return summarise(database, team, { from: start, until });
}

class Simulation {
  readonly queue = new EventQueue<Event>();
  readonly cases = new Map<number, CaseState>();
  /** Cases that must reach their open step before the simulation may stop. */
  pending = 0;
  /** Watcher runs already queued, by time. */
  readonly watches = new Set<number>();
  requests = 0;

  constructor(
    readonly deps: CommandDeps,
    readonly clock: FakeClock,
    readonly team: TeamContext,
    readonly registry: SeededRegistry,
    readonly users: SeededUsers,
    readonly dataDir: string,
    readonly seed: number,
  ) {}

  /** Replays the events in time order; returns when it stopped. */
  async run(plans: readonly ReportPlan[], earliestEnd: Date): Promise<Date> {
    for (const p of plans) {
      this.queue.push(p.arrival, { kind: "arrive", plan: p });
      if (p.mustReach) this.pending += 1;
    }
    let end: number | null = null;
    for (;;) {
      const next = this.queue.peekTime();
      if (next === null || (end !== null && next.getTime() > end)) break;
      const event = this.queue.pop()!;
      this.clock.set(event.at);
      await this.handle(event.value);
      if (end === null && this.pending === 0) end = Math.max(earliestEnd.getTime(), event.at.getTime());
    }
    const until = new Date(end ?? Math.max(earliestEnd.getTime(), this.clock.now().getTime()));
    this.clock.set(until);
    await this.watch();
    return until;
  }

  as<T>(actor: Actor, fn: (ctx: CommandContext) => Promise<T>): Promise<T> {
    return runCommand(this.deps, { actor, requestId: `seed-${this.seed}-${++this.requests}` }, fn);
  }

  user(username: string): UserActor {
    return this.users.actor(username);
  }

  async handle(event: Event): Promise<void> {
    switch (event.kind) {
      case "arrive":
        return this.arrive(event.plan);
      case "step":
        return this.step(event.plan, event.step);
      case "ask":
        return this.ask(event.plan);
      case "answer":
        return this.answer(event.plan);
      case "timer":
        return this.satisfy(event.plan, event.timer);
      case "watch":
        return this.watch();
    }
  }

  /** The SLA watcher and the legal-timer watcher, as the job runner would run them now. */
  async watch(): Promise<void> {
    // One pass handles a bounded number of runs; repeat until a pass finds nothing to do.
    for (;;) {
      const done = await runSlaWatch(this.deps);
      if (done.warned + done.late === 0) break;
    }
    for (;;) {
      const done = await runLegalTimersWatch(this.deps);
      if (done.warned + done.late === 0) break;
    }
  }

  scheduleWatch(at: string | Date): void {
    // One second after the moment, as a watcher running every minute would see it.
    const ms = new Date(at).getTime() + 1000;
    if (this.watches.has(ms) || ms <= this.clock.now().getTime()) return;
    this.watches.add(ms);
    this.queue.push(new Date(ms), { kind: "watch" });
  }

  /** Queues the completion of the run just started, and the watcher's look at it. */
  follow(state: CaseState, run: StepRun): void {
    this.scheduleWatch(run.warn_at);
    this.scheduleWatch(run.due_at);
    const step = run.step_code as SopStepCode;
    const fate = state.plan.fate;
    if (fate.kind === "open" && fate.step === step) {
      if (state.plan.mustReach) this.pending -= 1;
      return;
    }
    const at = completionTime(state.rng, run, this.clock.now(), this.team);
    this.queue.push(at, { kind: "step", plan: state.plan, step });
    if (step === "verify" && state.plan.channel === "web" && state.rng.chance(0.2)) {
      // The analyst asks the reporter something while verifying; the reporter answers.
      const start = Date.parse(run.started_at);
      this.queue.push(new Date(start + (at.getTime() - start) * 0.2), { kind: "ask", plan: state.plan });
      this.queue.push(new Date(start + (at.getTime() - start) * 0.5), { kind: "answer", plan: state.plan });
    }
  }

  async activeRun(incidentId: number): Promise<StepRun | undefined> {
    return this.deps.database.db
      .selectFrom("step_runs")
      .selectAll()
      .where("incident_id", "=", incidentId)
      .where("status", "=", "active")
      .executeTakeFirst();
  }

  // ——— arrival ———

  async arrive(plan: ReportPlan): Promise<void> {
    const rng = mulberry32(this.seed).fork(`report-${plan.index}`);
    const app = this.registry.applications[plan.application]!;
    const { actor, input, files } = await this.submission(rng, plan, app);
    const result = await this.as(actor, (ctx) => submitReport(ctx, this.team, input, files));
    const state: CaseState = {
      plan,
      rng,
      app,
      reportId: result.report.id,
      incidentId: result.incident.id,
      code: result.report.code,
      token: result.token,
      ip: input.affected?.ip ?? null,
      analyst: "demo-csirt",
    };
    this.cases.set(plan.index, state);
    const run = await this.activeRun(state.incidentId);
    if (run) this.follow(state, run);
    const timers = await this.deps.database.db
      .selectFrom("incident_timers")
      .selectAll()
      .where("incident_id", "=", state.incidentId)
      .orderBy("id")
      .execute();
    for (const t of timers) {
      this.scheduleWatch(t.due_at);
      const started = Date.parse(t.started_at);
      const hours = (Date.parse(t.due_at) - started) / HOUR;
      // Most notices go out in time, a few late, some not yet (the timer stays running or late).
      const share = rng.weighted<number | null>([
        [rng.between(0.1, 0.8), 75],
        [rng.between(1.05, 1.4), 10],
        [null, 15],
      ]);
      if (share !== null)
        this.queue.push(new Date(started + hours * share * HOUR), { kind: "timer", plan, timer: t.kind });
    }
  }

  /** Who submits the report and what, by channel. */
  async submission(
    rng: Rng,
    plan: ReportPlan,
    app: SeededApplication,
  ): Promise<{ actor: Actor; input: SubmitReportInput; files: IncomingAttachment[] }> {
    const now = this.clock.now();
    const occurredAt = new Date(now.getTime() - rng.int(10, 36 * 60) * MINUTE);
    let reporter = demoReporter(rng, app.agencyName);
    if (plan.channel === "monitor")
      reporter = {
        name: "Sigap Monitor",
        kind: "internal",
        organisation: "DKIS Kota Denpasar",
        email: null,
        phone: null,
      };
    if (plan.channel === "federation" || plan.channel === "upstream_notice") {
      const upstream = plan.channel === "federation" ? "BaliProv-CSIRT" : "BSSN";
      reporter = {
        name: `Tim ${upstream}`,
        kind: "csirt",
        organisation: upstream,
        email: `notice@${upstream.toLowerCase()}.example`,
        phone: null,
      };
    }
    if (plan.channel === "email" && !reporter.email)
      reporter = { ...reporter, email: `pelapor${plan.index}@mail.example` };
    const content = demoReportContent(rng, plan.story, app, { reporter, occurredAt, typeKnown: plan.typeKnown });
    const files: IncomingAttachment[] = [];
    const store = attachmentStoreFor(this.dataDir);
    const limits = {
      maxBytes: this.team.settings.intake.maxAttachmentBytes,
      tooLarge: () => new Error("demo file too large"),
    };
    let letter: SubmitReportInput["letter"] = null;
    if (plan.channel === "letter") {
      const year = localDateOf(now, this.team.calendar.timeZone).slice(0, 4);
      const sender = reporter.organisation ?? app.agencyName;
      const number = `800/${rng.int(100, 999)}/${app.agencyShortName.replace(/[^A-Za-z]/g, "").toUpperCase()}/${year}`;
      letter = {
        number,
        date: localDateOf(new Date(now.getTime() - rng.int(1, 3) * 24 * HOUR), this.team.calendar.timeZone),
        sender,
      };
      const blob = await store.put(letterScan(number, sender), limits);
      files.push({
        kind: "letter_scan",
        filename: `surat-${number.replaceAll("/", "-")}.pdf`,
        declaredType: "application/pdf",
        blob,
      });
    }
    if ((plan.channel === "web" || plan.channel === "email") && rng.chance(0.15)) {
      const lines = [...Array(rng.int(3, 8)).keys()].map(
        (i) =>
          `${new Date(occurredAt.getTime() + i * 37_000).toISOString()} ${content.affected.ip ?? "203.0.113.66"} "GET ${plan.story.path} HTTP/1.1" 200`,
      );
      const blob = await store.put(Buffer.from(lines.join("\n") + "\n"), limits);
      files.push({ kind: "evidence", filename: "log-akses.txt", declaredType: "text/plain", blob });
    }
    const input: SubmitReportInput = {
      ...content,
      channel: plan.channel,
      letter,
      consent: true,
      truthful: true,
      language: "id",
    };
    const actor: Actor =
      plan.channel === "web"
        ? publicActor
        : plan.channel === "email"
          ? systemActor("intake:email")
          : plan.channel === "monitor"
            ? systemActor("monitor")
            : plan.channel === "federation"
              ? systemActor("federation")
              : plan.channel === "api"
                ? { ...this.user("demo-intake"), via: "token" }
                : this.user("demo-intake");
    return { actor, input, files };
  }

  // ——— steps ———

  async step(plan: ReportPlan, step: SopStepCode): Promise<void> {
    const state = this.cases.get(plan.index)!;
    const incident = await this.deps.database.db
      .selectFrom("incidents")
      .selectAll()
      .where("id", "=", state.incidentId)
      .executeTakeFirstOrThrow();
    if (incident.status !== "open") return;
    const rng = state.rng;
    const now = this.clock.now();
    const fate = plan.fate;
    const complete = (username: string, output: unknown, onBehalfOf?: string) =>
      this.as(this.user(username), (ctx) =>
        completeStep(ctx, this.team, { incidentId: incident.id, stepCode: step, output, onBehalfOf }),
      );
    let next: StepRun | null = null;
    switch (step) {
      case "forward": {
        if (fate.kind === "duplicate" && fate.mergeAt === "forward" && (await this.merge(state, "demo-intake"))) return;
        const analyst = analystFor(rng, plan.story.typeCode);
        state.analyst = analyst.username;
        next = (
          await complete("demo-intake", forwardOutput(rng, { id: this.user(analyst.username).id, team: analyst.team }))
        ).next;
        break;
      }
      case "verify": {
        if (fate.kind === "duplicate") {
          if (await this.merge(state, state.analyst)) return;
          const target = this.cases.get(fate.target);
          next = (
            await complete(
              state.analyst,
              verifyInvalidOutput(rng, {
                disposition: DUPLICATE_DISPOSITION,
                reason: `Duplikat laporan ${target?.code ?? "sebelumnya"} yang sudah ditangani.`,
              }),
            )
          ).next;
        } else if (fate.kind === "invalid") next = (await complete(state.analyst, verifyInvalidOutput(rng))).next;
        else if (fate.kind === "transferred") next = (await complete(state.analyst, verifyTransferredOutput(rng))).next;
        else
          next = (
            await complete(state.analyst, verifyValidOutput(rng, plan.story, state.app.host, state.app.serverLocation))
          ).next;
        break;
      }
      case "mitigate":
        next = (await complete(state.analyst, mitigateOutput(rng, plan.story))).next;
        break;
      case "handle": {
        const run = await this.activeRun(incident.id);
        const escalation = plan.escalation === "followup_bssn" ? "none" : plan.escalation;
        next = (
          await complete(
            state.analyst,
            handleOutput(rng, plan.story, {
              startedAt: new Date(run!.started_at),
              now,
              host: state.app.host,
              ip: state.ip,
              escalation,
              bssnOrgId: this.upstream("BSSN"),
            }),
          )
        ).next;
        break;
      }
      case "analyse":
        next = (
          await complete(
            state.analyst,
            analyseOutput(rng, plan.story, {
              now,
              zone: this.team.calendar.timeZone,
              provOrgId: this.upstream("BaliProv-CSIRT"),
              bssnOrgId: this.upstream("BSSN"),
              agencyOrgId: incident.agency_org_id,
              bssnFollowsUp: plan.escalation !== "followup_bssn" && rng.chance(0.15),
            }),
          )
        ).next;
        break;
      case "upstream_followup": {
        const bssn = incident.upstream_org_id === this.upstream("BSSN");
        const output = upstreamOutput(rng, {
          now,
          zone: this.team.calendar.timeZone,
          escalateToBssn: plan.escalation === "followup_bssn" && !bssn ? this.upstream("BSSN") : null,
        });
        next = (await complete(bssn ? "demo-upstream-bssn" : "demo-upstream", output)).next;
        break;
      }
      case "agency_coordination": {
        const officer = this.partner("agency", incident.agency_org_id);
        // An agency without an account in Sigap answers by e-mail; the lead records it for them.
        const developer =
          incident.developer_org_id === null && rng.chance(0.5) ? rng.pick(this.registry.vendors).id : null;
        const output = agencyOutput(rng, now, developer);
        next = officer
          ? (await complete(officer, output)).next
          : (await complete("demo-csirt_lead", output, `${this.orgName(incident.agency_org_id)} (e-mail)`)).next;
        break;
      }
      case "developer_reply": {
        const recs = await this.deps.database.db
          .selectFrom("recommendations")
          .select("number")
          .where("incident_id", "=", incident.id)
          .orderBy("number")
          .execute();
        const output = developerOutput(
          rng,
          recs.map((r) => r.number),
        );
        const developer = this.partner("developer", incident.developer_org_id);
        next = developer
          ? (await complete(developer, output)).next
          : (
              await complete(
                "demo-csirt_lead",
                output,
                incident.developer_org_id === null
                  ? `Pengelola aplikasi ${state.app.agencyShortName} (rapat koordinasi)`
                  : `${this.orgName(incident.developer_org_id)} (surat balasan)`,
              )
            ).next;
        break;
      }
      case "final_report":
        next = (await complete(state.analyst, finalOutput(rng, plan.story))).next;
        break;
      default:
        // A step code this simulation does not know (another team's SOP): recorded as done by the lead.
        next = (await complete("demo-csirt_lead", {})).next;
    }
    if (next) this.follow(state, next);
  }

  /** Merges a duplicate into its target's incident if that is still open; false when it cannot be. */
  async merge(state: CaseState, username: string): Promise<boolean> {
    const fate = state.plan.fate;
    if (fate.kind !== "duplicate") return false;
    const target = this.cases.get(fate.target);
    if (!target) return false;
    const row = await this.deps.database.db
      .selectFrom("incidents")
      .select(["status", "merged_into_id"])
      .where("id", "=", target.incidentId)
      .executeTakeFirstOrThrow();
    if (row.status !== "open" || row.merged_into_id !== null) return false;
    await this.as(this.user(username), (ctx) =>
      mergeReport(ctx, { reportId: state.reportId, incidentId: target.incidentId }),
    );
    return true;
  }

  /** The demo account of a partner organisation, if it has one. */
  partner(role: "agency" | "developer", organisationId: number | null): string | null {
    if (organisationId === null) return null;
    for (const u of DEMO_USERS) {
      if (u.role !== role) continue;
      if (this.users.rows.get(u.username)?.organisation_id === organisationId) return u.username;
    }
    return null;
  }

  upstream(shortName: string): number {
    return this.registry.upstreams.get(shortName)!.id;
  }

  orgName(id: number | null): string {
    if (id === null) return "Perangkat Daerah";
    for (const o of [...this.registry.agencies.values(), ...this.registry.vendors]) if (o.id === id) return o.name;
    return `organisasi ${id}`;
  }

  // ——— messages and timers ———

  async ask(plan: ReportPlan): Promise<void> {
    const state = this.cases.get(plan.index)!;
    await this.as(this.user(state.analyst), (ctx) =>
      addStaffMessage(ctx, {
        reportId: state.reportId,
        body: "Mohon kirimkan tangkapan layar dan perkiraan jam pertama kali Anda melihat kejadian ini.",
        visibility: "public",
        isQuestion: true,
      }),
    );
  }

  async answer(plan: ReportPlan): Promise<void> {
    const state = this.cases.get(plan.index)!;
    await this.as(publicActor, (ctx) =>
      addReporterMessage(ctx, {
        code: state.code,
        token: state.token,
        body: "Pertama kali saya lihat sekitar pukul 07.30 WITA; tangkapan layar sudah saya kirim lewat e-mail.",
      }),
    );
  }

  async satisfy(plan: ReportPlan, timer: string): Promise<void> {
    const state = this.cases.get(plan.index)!;
    if (!isLegalTimerKind(timer)) return;
    const note =
      timer === "pdp_notice"
        ? "Pemberitahuan kepada subjek data dan Komdigi dikirim melalui surat elektronik."
        : "Laporan insiden IIV dikirim ke BSSN melalui aduan siber.";
    await this.as(this.user(state.analyst), (ctx) =>
      satisfyTimer(ctx, { incidentId: state.incidentId, kind: timer, note }),
    );
  }
}

/** What the database holds after seeding, for the operator. */
async function summarise(
  database: Database,
  team: TeamContext,
  span: { from: Date; until: Date },
): Promise<SeedDemoResult> {
  const db = database.db;
  const reports = await db
    .selectFrom("reports")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.min("code").as("first"), eb.fn.max("code").as("last")])
    .executeTakeFirstOrThrow();
  const incidents = await db
    .selectFrom("incidents")
    .select(["status", "outcome", "current_step", "personal_data"])
    .execute();
  const active = await db
    .selectFrom("step_runs")
    .select(["step_code", "due_at"])
    .where("status", "=", "active")
    .execute();
  const escalations = await db
    .selectFrom("escalations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const openBySteps: Record<string, number> = {};
  for (const s of team.sop.steps) openBySteps[s.code] = 0;
  for (const r of active) openBySteps[r.step_code] = (openBySteps[r.step_code] ?? 0) + 1;
  const outcomes: Record<string, number> = {};
  for (const i of incidents)
    if (i.status === "closed") outcomes[i.outcome ?? "-"] = (outcomes[i.outcome ?? "-"] ?? 0) + 1;
  const until = span.until.toISOString();
  return {
    reports: Number(reports.n),
    incidents: {
      open: incidents.filter((i) => i.status === "open").length,
      closed: incidents.filter((i) => i.status === "closed").length,
    },
    openBySteps,
    outcomes,
    lateOpen: active.filter((r) => r.due_at < until).length,
    escalations: Number(escalations.n),
    personalData: incidents.filter((i) => i.personal_data === 1).length,
    firstCode: reports.first ?? null,
    lastCode: reports.last ?? null,
    from: span.from.toISOString(),
    until,
    users: DEMO_USERS.map((u) => ({ username: u.username, role: u.role })),
    password: DEMO_PASSWORD,
  };
}
