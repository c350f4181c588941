import type { Actor } from "../../core/actor.ts";
import type { Action, TokenResource } from "../../core/policies/index.ts";

/** Which permission a token operation needs: the owner's own, or the administrator's over all. */
export const tokenAction = (actor: Actor, resource: TokenResource): Action =>
  actor.type === "user" && actor.id === resource.userId ? "token.manage_own" : "token.manage_any";
