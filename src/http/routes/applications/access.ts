import type { FastifyRequest } from "fastify";
import { assertManageAssets, assertReadAssets } from "../../../core/assets/policy.ts";
import { requireUser } from "../../plugins/auth.ts";

/** Route hook (preValidation): 401, then 403 for roles that have no business in the register. */
export const assetReaders = async (request: FastifyRequest): Promise<void> => {
  assertReadAssets(requireUser(request));
};

/** Route hook (preValidation): 401, then 403 for anyone but an administrator. */
export const assetManagers = async (request: FastifyRequest): Promise<void> => {
  assertManageAssets(requireUser(request));
};
