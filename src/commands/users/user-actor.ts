import type { UserActor } from "../../core/actor.ts";
import type { User } from "../../db/schema.ts";

/** The actor a user's row stands for, signed in one way or another. */
export function actorForUser(
  user: Pick<User, "id" | "username" | "role" | "specialty" | "organisation_id">,
  via: UserActor["via"],
): UserActor {
  return {
    type: "user",
    id: user.id,
    username: user.username,
    role: user.role,
    specialty: user.specialty,
    organisationId: user.organisation_id,
    via,
  };
}
