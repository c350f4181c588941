import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOP_STEP_CODES } from "../../../src/core/sop/step-codes.ts";
import { VERIFICATION_OUTCOMES } from "../../../src/core/taxonomy/disposition.ts";
import { ESCALATION_TARGETS } from "../../../src/core/workflow/catalogue.ts";
import { INCIDENT_EVIDENCE_MULTIPART } from "../../../src/http/routes/evidence/schema.ts";
import { PUBLIC_EVIDENCE_MULTIPART, PUBLIC_REPORT_MULTIPART } from "../../../src/http/routes/public/schema.ts";
import { STAFF_REPORT_MULTIPART } from "../../../src/http/routes/reports/schema.ts";
import { createTestApp, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";

/*
 * The OpenAPI description at /api/docs/json is what other CSIRTs integrate from: every operation
 * named and summarised, the step outputs and the multipart bodies spelled out.
 */

interface JsonSchema {
  title?: string;
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

describe.each(DIALECTS)("the OpenAPI description on %s", (dialect) => {
  let t: TestApp;
  let doc: OpenApiDocument;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const response = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    doc = response.json();
  });
  afterAll(async () => t?.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, op]) => ({ path, method, op })),
    );
  const byId = (operationId: string): Operation => {
    const found = operations().find((o) => o.op.operationId === operationId);
    if (!found) throw new Error(`no operation ${operationId}`);
    return found.op;
  };

  it("gives every operation an operationId and a summary", () => {
    const all = operations();
    // The whole API is there, not an empty document that would pass the checks below.
    expect(all.map((o) => o.op.operationId)).toEqual(
      expect.arrayContaining(["login", "submitPublicReport", "listIncidents", "completeIncidentStep", "getSop"]),
    );
    const unnamed = all.filter((o) => !o.op.operationId?.trim()).map((o) => `${o.method} ${o.path}`);
    const unsummarised = all.filter((o) => !o.op.summary?.trim()).map((o) => `${o.method} ${o.path}`);
    expect(unnamed).toEqual([]);
    expect(unsummarised).toEqual([]);
  });

  it("keeps operationIds unique", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { path, method, op } of operations()) {
      const where = `${method} ${path}`;
      const earlier = seen.get(op.operationId!);
      if (earlier) clashes.push(`${op.operationId}: ${earlier} and ${where}`);
      seen.set(op.operationId!, where);
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["/api/v1/incidents/{id}/steps/{stepCode}", "post"],
    ["/api/v1/partner/links/{token}", "post"],
  ])("documents the ten step outputs on %s", (path, method) => {
    const op = doc.paths[path]![method]!;
    const output = op.requestBody!.content["application/json"]!.schema.properties!.output!;
    expect(output.oneOf!.map((branch) => branch.title)).toEqual([...SOP_STEP_CODES]);
    const branch = (code: string) => output.oneOf!.find((b) => b.title === code)!;

    const verify = branch("verify");
    expect(verify.required).toEqual(expect.arrayContaining(["checklist", "verdict"]));
    expect(verify.properties!.verdict!.enum).toEqual([...VERIFICATION_OUTCOMES]);
    expect(Object.keys(verify.properties!.checklist!.properties!)).toEqual([
      "reporterIdentity",
      "incidentType",
      "serverLocation",
      "systemLogs",
    ]);
    const handle = branch("handle");
    expect(handle.properties!.outcome!.enum).toEqual(["handled", "not_handled"]);
    expect(handle.properties!.escalations!.items!.properties!.target!.enum).toEqual([...ESCALATION_TARGETS]);
    expect(branch("developer_reply").required).toEqual(["replies"]);
    expect(branch("final_report").required).toEqual(["summary", "lessonsLearned"]);
  });

  it("lists the step codes the step route takes", () => {
    const stepCode = byId("completeIncidentStep").parameters!.find((p) => p.name === "stepCode")!;
    expect(stepCode).toMatchObject({ in: "path", schema: { enum: [...SOP_STEP_CODES] } });
  });

  it.each([
    ["submitPublicReport", PUBLIC_REPORT_MULTIPART],
    ["addPublicReportEvidence", PUBLIC_EVIDENCE_MULTIPART],
    ["createReport", STAFF_REPORT_MULTIPART],
    ["uploadIncidentEvidence", INCIDENT_EVIDENCE_MULTIPART],
  ] as const)("describes the multipart body of %s field by field", (operationId, spec) => {
    const description = byId(operationId).description ?? "";
    expect(description).toContain("`multipart/form-data` fields");
    for (const field of [...spec.textFields, ...Object.keys(spec.fileFields)]) {
      expect(description, field).toContain(`- \`${field}\` (`);
    }
  });

  it("describes every body that may come as multipart", () => {
    const multipart = operations().filter((o) => o.op.requestBody?.content["multipart/form-data"]);
    expect(multipart.map((o) => o.op.operationId)).toEqual(
      expect.arrayContaining(["submitPublicReport", "createReport"]),
    );
    for (const { op } of multipart) expect(op.description, op.operationId).toMatch(/multipart\/form-data/);
  });
});
