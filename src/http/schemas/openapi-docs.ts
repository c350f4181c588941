import { z } from "zod";
import { DENPASAR_SOP, stepByCode } from "../../core/sop/definition.ts";
import { SOP_STEP_CODES } from "../../core/sop/step-codes.ts";
import { STEP_OUTPUT_SCHEMAS } from "../../core/workflow/step-outputs.ts";

/*
 * Parts of the OpenAPI description that the route schemas cannot say by themselves, generated from
 * the definitions the server validates with, so that the description cannot drift from them.
 */

/**
 * The JSON schema of each step's output (what a client sends, `io: "input"`), one per step code,
 * titled with the code: the `oneOf` of the step-completion body's `output`.
 */
export function stepOutputJsonSchemas(): Record<string, unknown>[] {
  return SOP_STEP_CODES.map((code) => {
    const name = stepByCode(DENPASAR_SOP, code)?.name.en;
    const note = code === "receive" ? " Recorded by Sigap when a report is accepted; clients never send it." : "";
    return {
      title: code,
      description: `Output of the step \`${code}\`${name ? ` (Denpasar SOP: ${name})` : ""}.${note}`,
      ...z.toJSONSchema(STEP_OUTPUT_SCHEMAS[code], { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
    };
  });
}

/** What one field of a multipart body carries. */
export type MultipartFieldNotes<Text extends string, File extends string> = Record<Text | File, string>;

/**
 * A route description of a `multipart/form-data` body (which the route schemas cannot express,
 * because the parts are streamed): every text and file field of `spec`, with `notes` on each,
 * after an optional `intro` paragraph.
 */
export function describeMultipart<Text extends string, File extends string>(
  spec: { textFields: readonly Text[]; fileFields: Readonly<Record<File, string>> },
  notes: NoInfer<MultipartFieldNotes<Text, File>>,
  intro = "",
): string {
  const lines = [
    ...spec.textFields.map((f) => `- \`${f}\` (text): ${notes[f]}`),
    ...(Object.keys(spec.fileFields) as File[]).map(
      (f) => `- \`${f}\` (file, may repeat; kept as \`${spec.fileFields[f]}\`): ${notes[f]}`,
    ),
  ];
  return [
    ...(intro ? [intro, ""] : []),
    "**`multipart/form-data` fields:**",
    "",
    ...lines,
    "",
    "Files: at most `settings.intake.maxAttachments` per request and `settings.intake.maxAttachmentBytes` each " +
      "(413 beyond), of a type in `settings.intake.allowedMediaTypes` whose first bytes agree with it (415 otherwise). " +
      "An unknown field is refused (400).",
  ].join("\n");
}
