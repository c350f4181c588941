import { AppError } from "../../core/errors.ts";
import type { User } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";
import { loadUserForUpdate } from "../users/user-rules.ts";

/** The signed-in user's own row (locked until commit); 401 for anyone else. */
export async function loadOwnAccount(ctx: CommandContext): Promise<User> {
  if (ctx.actor.type !== "user") throw new AppError("unauthenticated", "error.unauthenticated");
  return loadUserForUpdate(ctx, { id: ctx.actor.id });
}
