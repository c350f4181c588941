/**
 * Generates src/core/taxonomy/generated/*.ts from the MISP taxonomies in shared/data, so that
 * tag values are never copied by hand and a mistyped tag fails to compile.
 *
 *   npx tsx scripts/generate-taxonomy.ts            # write the files
 *   npx tsx scripts/generate-taxonomy.ts --check    # exit 1 if the files are out of date
 *
 * The source folder defaults to ../shared/data/taxonomy/misp-taxonomies (beside the repository);
 * SIGAP_TAXONOMY_DIR overrides it. Output is deterministic: no timestamps.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = resolve(process.env.SIGAP_TAXONOMY_DIR ?? join(repoRoot, "../shared/data/taxonomy/misp-taxonomies"));
const outDir = join(repoRoot, "src/core/taxonomy/generated");

/** Which taxonomies to generate and the names their exports get. */
const TAXONOMIES = [
  { dir: "rsit", file: "rsit.ts", constName: "RSIT", typeName: "Rsit" },
  { dir: "tlp", file: "tlp.ts", constName: "TLP", typeName: "Tlp" },
  { dir: "PAP", file: "pap.ts", constName: "PAP", typeName: "Pap" },
  {
    dir: "incident-disposition",
    file: "incident-disposition.ts",
    constName: "INCIDENT_DISPOSITION",
    typeName: "IncidentDisposition",
  },
] as const;

interface MachineTagPredicate {
  value: string;
  expanded?: string;
  description?: string;
  colour?: string;
  uuid?: string;
}
interface MachineTagFile {
  namespace: string;
  version: number;
  description?: string;
  predicates: MachineTagPredicate[];
  values?: { predicate: string; entry: MachineTagPredicate[] }[];
}

/** commit of each file, from the MANIFEST.tsv that came with the data (if present). */
function manifestCommits(): Map<string, string> {
  const path = join(sourceDir, "MANIFEST.tsv");
  const commits = new Map<string, string>();
  if (!existsSync(path)) return commits;
  for (const line of readFileSync(path, "utf8").split("\n").slice(1)) {
    const [file, , , commit] = line.split("\t");
    if (file && commit) commits.set(file, commit);
  }
  return commits;
}

const lit = (v: unknown): string => JSON.stringify(v);

function pick(p: MachineTagPredicate, extra: Record<string, string> = {}): string {
  const fields: Record<string, string | undefined> = {
    ...extra,
    value: p.value,
    expanded: p.expanded,
    description: p.description,
    colour: p.colour,
    uuid: p.uuid,
  };
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${lit(v)}`);
  return `{ ${parts.join(", ")} }`;
}

function generate(t: (typeof TAXONOMIES)[number], commits: Map<string, string>): string {
  const rel = `${t.dir}/machinetag.json`;
  const raw = readFileSync(join(sourceDir, rel));
  const data = JSON.parse(raw.toString("utf8")) as MachineTagFile;
  const sha256 = createHash("sha256").update(raw).digest("hex");
  const commit = commits.get(rel);
  const ns = data.namespace;
  const { constName: C, typeName: T } = t;
  const out: string[] = [
    "// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/generate-taxonomy.ts`.",
    `// Source: MISP/misp-taxonomies ${rel}, namespace "${ns}", version ${data.version}` +
      (commit ? `, commit ${commit}` : "") +
      ".",
    `// File: ../shared/data/taxonomy/misp-taxonomies/${rel} (sha256 ${sha256}).`,
    "",
    `/** Namespace, version and description of the "${ns}" taxonomy. */`,
    `export const ${C}_TAXONOMY = { namespace: ${lit(ns)}, version: ${data.version}, description: ${lit(data.description ?? "")} } as const;`,
    "",
    `/** The predicates of "${ns}", in source order. Tag form: \`${ns}:<predicate>\`. */`,
    `export const ${C}_PREDICATES = [`,
    ...data.predicates.map((p) => `  ${pick(p, { tag: `${ns}:${p.value}` })},`),
    "] as const;",
    "",
    `/** A predicate value of "${ns}". */`,
    `export type ${T}Predicate = (typeof ${C}_PREDICATES)[number]["value"];`,
  ];
  if (data.values && data.values.length > 0) {
    out.push(
      "",
      `/** Every value of "${ns}" with its machine tag \`${ns}:<predicate>="<value>"\`, in source order. */`,
      `export const ${C}_ENTRIES = [`,
      ...data.values.flatMap((v) =>
        v.entry.map((e) => `  ${pick(e, { tag: `${ns}:${v.predicate}="${e.value}"`, predicate: v.predicate })},`),
      ),
      "] as const;",
      "",
      `/** A machine tag of "${ns}", e.g. \`${ns}:${data.values[0]?.predicate}="${data.values[0]?.entry[0]?.value}"\`. */`,
      `export type ${T}Tag = (typeof ${C}_ENTRIES)[number]["tag"];`,
    );
  } else {
    out.push(
      "",
      `/** A machine tag of "${ns}", e.g. \`${ns}:${data.predicates[0]?.value}\`. */`,
      `export type ${T}Tag = (typeof ${C}_PREDICATES)[number]["tag"];`,
    );
  }
  return out.join("\n") + "\n";
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const commits = manifestCommits();
  mkdirSync(outDir, { recursive: true });
  let stale = 0;
  for (const t of TAXONOMIES) {
    const target = join(outDir, t.file);
    const options = (await resolveConfig(target)) ?? {};
    const text = await format(generate(t, commits), { ...options, filepath: target });
    const current = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (current === text) continue;
    if (check) {
      console.error(`out of date: ${relative(repoRoot, target)}`);
      stale++;
    } else {
      writeFileSync(target, text);
      console.log(`wrote ${relative(repoRoot, target)}`);
    }
  }
  if (stale > 0) {
    console.error("Run: npx tsx scripts/generate-taxonomy.ts");
    process.exit(1);
  }
}

await main();
