import {
  ORGANISATION_KIND_FOR_ROLE,
  ROLES_NEEDING_ORGANISATION,
  type Role,
  type Specialty,
} from "../../../../../src/core/roles.ts";
import type { CreateUserInput } from "../../../api/users.ts";

/*
 * The "new user" form: which extra fields a role needs (an organisation of the right kind for a
 * partner, a specialty for an analyst), the body it sends, and what is missing before sending.
 * The rules are the server's (`src/core/roles.ts`); the server checks them again.
 */

/** What the inputs hold ("" = not chosen). */
export interface NewUserValues {
  username: string;
  displayName: string;
  email: string;
  role: Role | "";
  specialty: Specialty | "";
  organisationId: string;
  language: "id" | "en";
}

export const EMPTY_NEW_USER: NewUserValues = {
  username: "",
  displayName: "",
  email: "",
  role: "",
  specialty: "",
  organisationId: "",
  language: "id",
};

/** The organisation kind a role must belong to (agency → agency, developer → vendor, upstream → upstream), or null. */
export const organisationKindFor = (role: Role | ""): string | null =>
  role === "" ? null : (ORGANISATION_KIND_FOR_ROLE[role] ?? null);

/** Whether the role takes a specialty (CSIRT analysts work in one of the SOP's five teams). */
export const takesSpecialty = (role: Role | ""): boolean => role === "csirt";

/** The fields still to fill in, by name. */
export function missingFields(values: NewUserValues): (keyof NewUserValues)[] {
  const missing: (keyof NewUserValues)[] = [];
  if (values.username.trim() === "") missing.push("username");
  if (values.displayName.trim() === "") missing.push("displayName");
  if (values.role === "") missing.push("role");
  else if (ROLES_NEEDING_ORGANISATION.includes(values.role) && values.organisationId === "") {
    missing.push("organisationId");
  }
  return missing;
}

/**
 * The body of `POST /api/v1/users`: no password (the server generates one and shows it once),
 * a specialty only for an analyst, an organisation only for a partner.
 */
export function newUserBody(values: NewUserValues): CreateUserInput {
  const role = values.role as Role;
  return {
    username: values.username.trim().toLowerCase(),
    displayName: values.displayName.trim(),
    email: values.email.trim() || null,
    role,
    specialty: takesSpecialty(role) && values.specialty !== "" ? values.specialty : null,
    organisationId:
      ROLES_NEEDING_ORGANISATION.includes(role) && values.organisationId !== "" ? Number(values.organisationId) : null,
    language: values.language,
  };
}
