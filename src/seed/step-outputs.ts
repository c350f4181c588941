import { localDateOf } from "../core/calendar/index.ts";
import type { ServerLocation } from "../db/schema.ts";
import type { StepOutputInput } from "../core/workflow/step-outputs.ts";
import {
  DEMO_COORDINATIONS,
  DEMO_INVALID_REASONS,
  DEMO_PLAYBOOKS,
  DEMO_TRANSFERS,
  DEMO_UPSTREAM_CONFIRMATIONS,
  type DemoStory,
} from "./demo-data.ts";
import type { Rng } from "./prng.ts";

/*
 * What the people in the demo write at each SOP step, as the step output schemas of
 * src/core/workflow/step-outputs.ts expect it. Texts come from the playbooks in demo-data.ts.
 */

const DAY = 86_400_000;
const HANDOFF = ["email", "letter", "phone", "meeting", "messaging"] as const;

/** Impact × likelihood an analyst would give each incident type (before a little judgement). */
const ASSESSMENT: Readonly<Record<string, readonly [number, number]>> = {
  DEF: [4, 4],
  JUD: [3, 4],
  PHI: [3, 3],
  MAL: [4, 3],
  DOS: [3, 3],
  LEK: [5, 4],
  UAA: [4, 3],
  WEB: [4, 3],
  BRU: [2, 3],
  SCN: [1, 3],
  VUL: [3, 2],
  SPM: [2, 2],
  OTH: [2, 2],
};

const clamp = (n: number) => Math.min(5, Math.max(1, n));
const playbook = (story: DemoStory) => DEMO_PLAYBOOKS[story.typeCode] ?? DEMO_PLAYBOOKS.DEF!;
const check = (note: string) => ({ checked: true, note });

/** Step 2: the intake desk forwards to the team of the analyst who is to verify. */
export function forwardOutput(rng: Rng, assignee: { id: number; team: string }): StepOutputInput<"forward"> {
  return {
    note: rng.pick([
      "Laporan diteruskan ke CSIRT untuk verifikasi.",
      "Diteruskan; pelapor sudah dihubungi untuk konfirmasi.",
      "Mohon segera ditindaklanjuti.",
    ]),
    disposition: assignee.team,
    assigneeUserId: assignee.id,
  };
}

/** Step 3 for a valid report: the checklist and the assessment. */
export function verifyValidOutput(
  rng: Rng,
  story: DemoStory,
  host: string,
  location: ServerLocation,
): StepOutputInput<"verify"> {
  const [impact, likelihood] = ASSESSMENT[story.typeCode] ?? [2, 2];
  return {
    checklist: {
      reporterIdentity: check(rng.pick(["Pelapor dapat dihubungi dan terverifikasi", "Identitas sesuai data ASN"])),
      incidentType: check(`Dikonfirmasi dengan memeriksa ${host}`),
      serverLocation: check(`Lokasi server: ${location}`),
      systemLogs: check(
        rng.pick(["Log akses menunjukkan aktivitas mencurigakan", "Log aplikasi diperiksa bersama admin dinas"]),
      ),
    },
    verdict: "valid",
    typeCode: story.typeCode,
    impact: clamp(impact + rng.int(-1, 1)),
    likelihood: clamp(likelihood + rng.int(-1, 1)),
    ...(story.ransomware ? { ransomware: true } : {}),
    serverLocation: location,
  };
}

/** Step 3 for a report that is not an incident: one of the invalid dispositions with its reason. */
export function verifyInvalidOutput(
  rng: Rng,
  reason?: { disposition: string; reason: string },
): StepOutputInput<"verify"> {
  const chosen = reason ?? rng.pick(DEMO_INVALID_REASONS);
  return {
    checklist: {
      reporterIdentity: check("Pelapor dihubungi"),
      incidentType: check("Tidak ditemukan tanda serangan"),
      serverLocation: check("Server diperiksa"),
      systemLogs: check("Tidak ada anomali di log"),
    },
    verdict: "invalid",
    disposition: chosen.disposition as StepOutputInput<"verify">["disposition"],
    reason: chosen.reason,
  };
}

/** Step 3 for a report outside the CSIRT's remit. */
export function verifyTransferredOutput(rng: Rng): StepOutputInput<"verify"> {
  const transfer = rng.pick(DEMO_TRANSFERS);
  return {
    checklist: {
      reporterIdentity: check("Pelapor dihubungi"),
      incidentType: check("Penipuan/konten negatif, bukan insiden siber pada sistem Pemkot"),
      serverLocation: check("Tidak terkait server Pemkot"),
      systemLogs: check("Tidak relevan"),
    },
    verdict: "transferred",
    reason: transfer.reason,
    transferredTo: transfer.to,
  };
}

/** Step 4: the playbook's actions, some already done. */
export function mitigateOutput(rng: Rng, story: DemoStory): StepOutputInput<"mitigate"> {
  const p = playbook(story);
  return {
    strategy: p.strategy,
    actions: p.mitigation.map((kind) => ({ kind, status: rng.pick(["planned", "in_progress", "done"] as const) })),
  };
}

export interface HandleContext {
  startedAt: Date;
  now: Date;
  host: string;
  ip: string | null;
  escalation: "none" | "handle_vendor" | "handle_bssn";
  bssnOrgId: number;
}

/** Step 5: a handling log over the step's time, with observables; escalated when not handled. */
export function handleOutput(rng: Rng, story: DemoStory, c: HandleContext): StepOutputInput<"handle"> {
  const p = playbook(story);
  const entries = p.handling.slice(0, rng.int(1, p.handling.length)).map((body, i, all) => {
    const at = new Date(
      c.startedAt.getTime() + ((c.now.getTime() - c.startedAt.getTime()) * (i + 1)) / (all.length + 1),
    );
    const observables = [
      ...(i === 0 ? [{ kind: "domain" as const, value: c.host }] : []),
      ...(i === 0 && c.ip ? [{ kind: "ip" as const, value: c.ip, tlp: "AMBER" as const }] : []),
    ];
    return { at: at.toISOString(), body, observables };
  });
  if (c.escalation === "none") return { entries, outcome: "handled", summary: p.handling[0] };
  const bssn = c.escalation === "handle_bssn";
  return {
    entries,
    outcome: "not_handled",
    summary: "Sebagian penanganan selesai.",
    unhandled: bssn
      ? "Dugaan kompromi meluas ke sistem lain; perlu dukungan forensik nasional."
      : "Perbaikan celah membutuhkan akses kode sumber milik pengembang.",
    escalations: [
      bssn
        ? {
            target: "bssn" as const,
            targetOrganisationId: c.bssnOrgId,
            reason: "Butuh dukungan forensik digital BSSN",
            handedOffAt: c.now.toISOString(),
            channel: "email" as const,
            reference: `BSSN/ADUAN/${localDateOf(c.now, "Asia/Makassar").slice(0, 4)}/${rng.int(100, 999)}`,
          }
        : {
            target: "vendor" as const,
            reason: "Perbaikan kode aplikasi oleh pengembang",
            handedOffAt: c.now.toISOString(),
            channel: rng.pick(HANDOFF),
          },
    ],
  };
}

/** A date a number of days after `now`, in the team's zone. */
const deadline = (now: Date, zone: string, days: number) => localDateOf(new Date(now.getTime() + days * DAY), zone);

/** Step 6: root cause, recommendations, who receives the report and which upstream follows up. */
export function analyseOutput(
  rng: Rng,
  story: DemoStory,
  c: {
    now: Date;
    zone: string;
    provOrgId: number;
    bssnOrgId: number;
    agencyOrgId: number | null;
    bssnFollowsUp: boolean;
  },
): StepOutputInput<"analyse"> {
  const p = playbook(story);
  const recipients = [
    c.provOrgId,
    ...(c.bssnFollowsUp ? [c.bssnOrgId] : []),
    ...(c.agencyOrgId ? [c.agencyOrgId] : []),
  ];
  return {
    rootCause: p.rootCause,
    impact: rng.pick([
      "Layanan publik terganggu dan kepercayaan warga menurun.",
      "Data dan reputasi instansi berisiko.",
      "Dampak terbatas pada satu aplikasi.",
    ]),
    recommendations: p.recommendations.map((r) => ({ ...r, deadline: deadline(c.now, c.zone, rng.int(7, 30)) })),
    recipients,
    followUpOrganisationId: c.bssnFollowsUp ? c.bssnOrgId : c.provOrgId,
    copies: ["Kepala DKIS Kota Denpasar"],
  };
}

/** Step 7: the upstream CSIRT confirms, sometimes adds a recommendation, or escalates to BSSN. */
export function upstreamOutput(
  rng: Rng,
  c: { now: Date; zone: string; escalateToBssn: number | null },
): StepOutputInput<"upstream_followup"> {
  return {
    confirmation: rng.pick(DEMO_UPSTREAM_CONFIRMATIONS),
    recommendations: rng.chance(0.5)
      ? [
          {
            body: "Lakukan penilaian kerentanan menyeluruh pada server yang sama.",
            owner: "csirt" as const,
            deadline: deadline(c.now, c.zone, 21),
          },
        ]
      : [],
    ...(c.escalateToBssn !== null
      ? {
          escalateToBssn: {
            reason: "Pola serangan terkait kampanye nasional; diteruskan ke Gov-CSIRT BSSN.",
            handedOffAt: c.now.toISOString(),
            channel: "email" as const,
            reference: `BaliProv-CSIRT/${rng.int(10, 99)}/${localDateOf(c.now, c.zone).slice(0, 4)}`,
            targetOrganisationId: c.escalateToBssn,
          },
        }
      : {}),
  };
}

/** Step 8: the agency's coordination with its developer (naming one when the register has none). */
export function agencyOutput(
  rng: Rng,
  now: Date,
  developerOrgId: number | null,
): StepOutputInput<"agency_coordination"> {
  return {
    outcome: rng.pick(DEMO_COORDINATIONS),
    coordinatedAt: now.toISOString(),
    channel: rng.pick(["meeting", "email", "phone", "messaging"] as const),
    ...(developerOrgId !== null ? { developerOrganisationId: developerOrgId } : {}),
  };
}

/** Step 9: one reply per recommendation. */
export function developerOutput(rng: Rng, numbers: readonly number[]): StepOutputInput<"developer_reply"> {
  return {
    replies: numbers.map((recommendationNumber) => {
      const status = rng.weighted([
        ["done", 6],
        ["in_progress", 3],
        ["cannot", 1],
      ] as const);
      return {
        recommendationNumber,
        steps: status === "done" ? "Sudah dilaksanakan dan diuji." : "Sedang dikerjakan sesuai jadwal pemeliharaan.",
        ...(status === "done"
          ? { evidence: `Catatan rilis v${rng.int(1, 4)}.${rng.int(0, 9)}.${rng.int(0, 20)}` }
          : {}),
        status,
        ...(status === "cannot" ? { reason: "Menunggu anggaran perubahan tahun depan." } : {}),
      };
    }),
    residualRisk: rng.pick(["Rendah", "Sedang, sampai seluruh rekomendasi selesai"]),
    responsibleName: "Penanggung jawab pengembang",
  };
}

/** Step 10: the handling report's own text. */
export function finalOutput(rng: Rng, story: DemoStory): StepOutputInput<"final_report"> {
  return {
    summary: `Insiden "${story.title}" telah ditangani sesuai SOP. ${playbook(story).rootCause}`,
    lessonsLearned: rng.pick([
      "Pemeliharaan rutin CMS dan plugin perlu dijadwalkan tiap bulan.",
      "Akun admin wajib memakai autentikasi dua faktor.",
      "Koordinasi dengan pengembang perlu kontak darurat yang jelas.",
    ]),
  };
}
