import { Code } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CHANNEL_LABELS, labelKey } from "../labels.ts";
import type { IncidentDetail, StepRun } from "../../../../api/incidents.ts";
import { AgencyOutput, AnalyseOutput, DeveloperOutput, FinalOutput, UpstreamOutput } from "./followup-outputs.tsx";
import { HandleOutput } from "./handle-output.tsx";
import { obj, OutputFields, str } from "./read.tsx";
import { ForwardOutput, MitigateOutput, VerifyOutput } from "./triage-outputs.tsx";

/**
 * Where the recommendations of a run start: the analysis numbers from 1, an upstream CSIRT's
 * continue after the ones recorded before it (the incident's recommendations carry the numbers).
 */
function firstRecommendationOf(run: StepRun, detail: IncidentDetail): number {
  const source = run.stepCode === "analyse" ? "csirt" : "upstream";
  const numbers = detail.recommendations.filter((r) => r.source === source).map((r) => r.number);
  return numbers.length > 0 ? Math.min(...numbers) : 1;
}

/** A step run's output, shown readably for its step. */
export function StepOutputView({ run, detail }: { run: StepRun; detail: IncidentDetail }) {
  const { t } = useTranslation();
  const output = obj(run.output);
  const channelName = (value: string | null) => {
    const key = labelKey(CHANNEL_LABELS, value);
    return key ? t(key) : value;
  };
  if (!output) return null;
  switch (run.stepCode) {
    case "receive":
      return (
        <OutputFields
          rows={[
            [t("incident.receive.report"), str(output, "reportCode")],
            [t("incident.receive.channel"), channelName(str(output, "channel"))],
          ]}
        />
      );
    case "forward":
      return <ForwardOutput output={output} />;
    case "verify":
      return <VerifyOutput output={output} />;
    case "mitigate":
      return <MitigateOutput output={output} />;
    case "handle":
      return <HandleOutput output={output} />;
    case "analyse":
      return <AnalyseOutput output={output} firstRecommendation={firstRecommendationOf(run, detail)} />;
    case "upstream_followup":
      return <UpstreamOutput output={output} firstRecommendation={firstRecommendationOf(run, detail)} />;
    case "agency_coordination":
      return <AgencyOutput output={output} />;
    case "developer_reply":
      return <DeveloperOutput output={output} />;
    case "final_report":
      return <FinalOutput output={output} />;
    default:
      // A step code this version does not know: its output as data, still readable.
      return <Code block>{JSON.stringify(output, null, 2)}</Code>;
  }
}
