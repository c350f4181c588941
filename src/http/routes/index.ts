import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppDeps } from "../deps.ts";
import { authRoutes } from "./auth/index.ts";
import { organisationRoutes } from "./organisations/index.ts";
import { tokenRoutes } from "./tokens/index.ts";
import { userRoutes } from "./users/index.ts";
import { figuresRoutes } from "./figures/index.ts";
import { searchRoutes } from "./search/index.ts";
import { timerRoutes } from "./timers/index.ts";
import { publicReportRoutes } from "./public/index.ts";
import { reportRoutes } from "./reports/index.ts";
import { evidenceRoutes } from "./evidence/index.ts";
import { observableRoutes } from "./observables/index.ts";
import { incidentRoutes } from "./incidents/index.ts";
import { partnerRoutes } from "./partner/index.ts";
import { replyEvidenceRoutes } from "./partner/reply-evidence.ts";
import { applicationRoutes } from "./applications/index.ts";
import { serverRoutes } from "./servers/index.ts";
import { settingsRoutes } from "./settings/index.ts";
import { holidayRoutes } from "./holidays/index.ts";

/** Every `/api/v1` route area, each registering itself. */
export const registerApiRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(authRoutes(deps), { prefix: "/auth" });
    await app.register(userRoutes(deps), { prefix: "/users" });
    await app.register(organisationRoutes(deps), { prefix: "/organisations" });
    await app.register(tokenRoutes(deps), { prefix: "/tokens" });
    await app.register(searchRoutes(deps), { prefix: "/search" });
    await app.register(figuresRoutes(deps), { prefix: "/figures" });
    // `/incidents/{id}/timers…`: beside the incident routes, in their own area.
    await app.register(timerRoutes(deps));
    await app.register(publicReportRoutes(deps), { prefix: "/public" });
    await app.register(reportRoutes(deps), { prefix: "/reports" });
    // `/evidence/{id}…`, `/observables/{id}` and `/incidents/{id}/{evidence,observables}`.
    await app.register(evidenceRoutes(deps));
    await app.register(observableRoutes(deps));
    // `/incidents…`, `/mitigation-actions/{id}`, `/access-links/{id}`: the SOP workflow.
    await app.register(incidentRoutes(deps));
    await app.register(partnerRoutes(deps), { prefix: "/partner" });
    // `/incidents/{id}/steps/{stepCode}/evidence` and `/partner/links/{token}/evidence`: partners' reply files.
    await app.register(replyEvidenceRoutes(deps));
    await app.register(applicationRoutes(deps), { prefix: "/applications" });
    await app.register(serverRoutes(deps), { prefix: "/servers" });
    // `/settings`, `/sop`, `/public/profile`.
    await app.register(settingsRoutes(deps));
    await app.register(holidayRoutes(deps), { prefix: "/holidays" });
  };
