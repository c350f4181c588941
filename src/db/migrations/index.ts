import type { Kysely } from "kysely";
import type { DialectName } from "../connect.ts";
import * as foundation from "./2026-11-27T1000-foundation.ts";
import * as assets from "./2026-11-27T1100-assets.ts";
import * as reportsIncidents from "./2026-11-27T1200-reports-incidents.ts";
import * as search from "./2026-11-27T1300-search.ts";
import * as slaWatchIndexes from "./2026-11-27T1310-sla-watch-indexes.ts";
import * as incidentWorkflow from "./2026-11-27T1340-incident-workflow.ts";
import * as assetRetirement from "./2026-11-27T1352-asset-retirement.ts";
import * as searchAsciiFastPath from "./2026-11-27T1361-search-ascii-fast-path.ts";
import * as incidentStatusIndex from "./2026-11-27T1362-incident-status-index.ts";
import * as searchInResultOrder from "./2026-11-28T0100-search-in-result-order.ts";
import * as searchIndexAtCommit from "./2026-11-28T0200-search-index-at-commit.ts";
import * as incidentFilterStatistics from "./2026-11-28T0300-incident-filter-statistics.ts";
import * as searchFilterTerms from "./2026-11-28T0400-search-filter-terms.ts";

/** A migration receives the dialect so it can pick the few dialect-specific column types. */
export interface SigapMigration {
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
  down(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** Every migration, by name; names sort in the order they apply. */
export const migrations: Record<string, SigapMigration> = {
  "2026-11-27T1000-foundation": foundation,
  "2026-11-27T1100-assets": assets,
  "2026-11-27T1200-reports-incidents": reportsIncidents,
  "2026-11-27T1300-search": search,
  "2026-11-27T1310-sla-watch-indexes": slaWatchIndexes,
  "2026-11-27T1340-incident-workflow": incidentWorkflow,
  "2026-11-27T1352-asset-retirement": assetRetirement,
  "2026-11-27T1361-search-ascii-fast-path": searchAsciiFastPath,
  "2026-11-27T1362-incident-status-index": incidentStatusIndex,
  "2026-11-28T0100-search-in-result-order": searchInResultOrder,
  "2026-11-28T0200-search-index-at-commit": searchIndexAtCommit,
  "2026-11-28T0300-incident-filter-statistics": incidentFilterStatistics,
  "2026-11-28T0400-search-filter-terms": searchFilterTerms,
};
