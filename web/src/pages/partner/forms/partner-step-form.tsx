import type { PartnerStepCode, PartnerStepOutput } from "../../../api/partner.ts";
import { AgencyCoordinationForm } from "./agency-coordination-form.tsx";
import { DeveloperReplyForm } from "./developer-reply-form.tsx";
import type { StepFormProps } from "./step-form-frame.tsx";
import { UpstreamFollowupForm } from "./upstream-followup-form.tsx";

/** The form of a partner step (7, 8 or 9), sending through `onSubmit` (signed in, or the link). */
export function PartnerStepForm({ stepCode, ...props }: StepFormProps & { stepCode: PartnerStepCode }) {
  // Each form sends its own step's output; the union is narrowed by the step code it was given.
  const send = props.onSubmit as (output: PartnerStepOutput) => ReturnType<StepFormProps["onSubmit"]>;
  switch (stepCode) {
    case "upstream_followup":
      return <UpstreamFollowupForm {...props} onSubmit={send} />;
    case "agency_coordination":
      return <AgencyCoordinationForm {...props} onSubmit={send} />;
    case "developer_reply":
      return <DeveloperReplyForm {...props} onSubmit={send} />;
  }
}
