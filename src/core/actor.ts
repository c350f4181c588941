import type { Role } from "./roles.ts";

/** A signed-in person as the domain sees them: no secrets, no database types. */
export interface UserActor {
  type: "user";
  id: number;
  username: string;
  role: Role;
  specialty: string | null;
  organisationId: number | null;
  /** How the request was authenticated. */
  via: "session" | "token";
}

/** Work done by Sigap itself (start-up, jobs, the CLI acting as the operator of the machine). */
export interface SystemActor {
  type: "system";
  label: string;
}

/** An unauthenticated visitor of the public portal. */
export interface PublicActor {
  type: "public";
}

export type Actor = UserActor | SystemActor | PublicActor;

export const systemActor = (label: string): SystemActor => ({ type: "system", label });
export const publicActor: PublicActor = { type: "public" };

/** A short, human label for audit trails. */
export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case "user":
      return actor.username;
    case "system":
      return `system:${actor.label}`;
    case "public":
      return "public";
  }
}
