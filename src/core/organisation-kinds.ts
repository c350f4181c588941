/** Kinds of organisation in the register: the CSIRT itself, agencies (PD), vendors, upstream CSIRTs. */
export const ORGANISATION_KINDS = ["csirt", "agency", "vendor", "upstream", "other"] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];
