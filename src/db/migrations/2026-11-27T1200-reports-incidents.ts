import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from "kysely";

/*
 * The SOP's records: reports (step 1), incidents with one step run per SOP step, the typed records
 * some steps produce (mitigation actions, handling entries, escalations, recommendations),
 * observables, attachments with their chain of custody, messages with the reporter, signed access
 * links for outside parties, legal timers, holidays and ticket counters.
 * Standalone: imports nothing from the application.
 */

type Dialect = "sqlite" | "postgres";
const id = (dialect: Dialect) => (col: ColumnDefinitionBuilder) =>
  dialect === "postgres" ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement();
const timestamps = <T extends string>(t: CreateTableBuilder<T, never>) =>
  t.addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull());

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("holidays")
    .addColumn("date", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    /** libur_nasional | cuti_bersama | local */
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("ticket_counters")
    .addColumn("scope", "text", (c) => c.primaryKey())
    .addColumn("last_value", "integer", (c) => c.notNull())
    .execute();

  await timestamps(
    db.schema
      .createTable("incidents")
      .addColumn("id", "integer", id(dialect))
      .addColumn("code", "text", (c) => c.notNull().unique())
      .addColumn("title", "text", (c) => c.notNull())
      /** Incident type code of DOMAIN §3 (DEF, JUD, …). */
      .addColumn("type_code", "text", (c) => c.notNull())
      .addColumn("rsit", "text")
      .addColumn("severity", "text", (c) => c.notNull())
      .addColumn("impact", "integer")
      .addColumn("likelihood", "integer")
      .addColumn("severity_override", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("severity_reason", "text")
      .addColumn("tlp", "text", (c) => c.notNull())
      .addColumn("pap", "text")
      /** open | closed */
      .addColumn("status", "text", (c) => c.notNull())
      /** null while open; resolved | invalid | duplicate | transferred */
      .addColumn("outcome", "text")
      /** MISP incident-disposition tag of the verification verdict. */
      .addColumn("disposition", "text")
      .addColumn("current_step", "integer")
      .addColumn("sop_code", "text", (c) => c.notNull())
      .addColumn("sop_version", "integer", (c) => c.notNull())
      .addColumn("agency_org_id", "integer", (c) => c.references("organisations.id"))
      .addColumn("developer_org_id", "integer", (c) => c.references("organisations.id"))
      .addColumn("upstream_org_id", "integer", (c) => c.references("organisations.id"))
      .addColumn("application_id", "integer", (c) => c.references("applications.id"))
      .addColumn("assignee_user_id", "integer", (c) => c.references("users.id"))
      .addColumn("personal_data", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("iiv", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("merged_into_id", "integer", (c) => c.references("incidents.id"))
      .addColumn("opened_at", "text", (c) => c.notNull())
      .addColumn("closed_at", "text")
      .addColumn("close_reason", "text"),
  ).execute();
  await db.schema
    .createIndex("incidents_status_step_idx")
    .on("incidents")
    .columns(["status", "current_step", "id"])
    .execute();
  await db.schema.createIndex("incidents_agency_idx").on("incidents").columns(["agency_org_id", "id"]).execute();
  await db.schema.createIndex("incidents_developer_idx").on("incidents").columns(["developer_org_id", "id"]).execute();
  await db.schema.createIndex("incidents_opened_idx").on("incidents").columns(["opened_at"]).execute();

  await timestamps(
    db.schema
      .createTable("reports")
      .addColumn("id", "integer", id(dialect))
      .addColumn("code", "text", (c) => c.notNull().unique())
      /** SHA-256 of the reporter's tracking secret. */
      .addColumn("tracking_hash", "text", (c) => c.notNull())
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("incident_id", "integer", (c) => c.references("incidents.id"))
      /** Set when the report was merged into another incident as a duplicate. */
      .addColumn("duplicate", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("reporter_name", "text", (c) => c.notNull())
      /** asn | public | other_agency | csirt | internal */
      .addColumn("reporter_kind", "text", (c) => c.notNull())
      .addColumn("reporter_org", "text")
      .addColumn("reporter_position", "text")
      .addColumn("reporter_email", "text")
      .addColumn("reporter_phone", "text")
      .addColumn("reporter_identity", "text")
      .addColumn("reporter_confidential", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("type_code", "text", (c) => c.notNull())
      .addColumn("occurred_at", "text")
      .addColumn("occurred_estimated", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("discovered_how", "text")
      .addColumn("description", "text", (c) => c.notNull())
      .addColumn("chronology", "text")
      .addColumn("impact", "text")
      .addColumn("service_disrupted", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("data_exposed", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("personal_data", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("affected_users", "integer")
      .addColumn("ongoing", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("initial_actions", "text")
      .addColumn("affected_url", "text")
      .addColumn("affected_domain", "text")
      .addColumn("affected_ip", "text")
      .addColumn("affected_application", "text")
      .addColumn("application_id", "integer", (c) => c.references("applications.id"))
      .addColumn("agency_org_id", "integer", (c) => c.references("organisations.id"))
      /** city_dc | pdn | third_party | cloud | unknown */
      .addColumn("server_location", "text")
      .addColumn("tlp", "text", (c) => c.notNull())
      .addColumn("consent", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("truthful", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("letter_number", "text")
      .addColumn("letter_date", "text")
      .addColumn("letter_sender", "text")
      .addColumn("language", "text", (c) => c.notNull().defaultTo("id"))
      .addColumn("received_at", "text", (c) => c.notNull())
      .addColumn("recorded_by_user_id", "integer", (c) => c.references("users.id")),
  ).execute();
  await db.schema.createIndex("reports_incident_idx").on("reports").column("incident_id").execute();
  await db.schema.createIndex("reports_received_idx").on("reports").column("received_at").execute();

  await db.schema
    .createTable("step_runs")
    .addColumn("id", "integer", id(dialect))
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("step_number", "integer", (c) => c.notNull())
    .addColumn("step_code", "text", (c) => c.notNull())
    /** 1 for the first run; each reopen starts a new run of the step. */
    .addColumn("iteration", "integer", (c) => c.notNull().defaultTo(1))
    /** active | done | reopened */
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("owner_role", "text", (c) => c.notNull())
    .addColumn("owner_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("owner_org_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("warn_at", "text", (c) => c.notNull())
    .addColumn("warned_at", "text")
    .addColumn("late_at", "text")
    .addColumn("completed_at", "text")
    .addColumn("completed_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("completed_by_label", "text")
    /** Who the step was recorded for, when the lead records an outside party's step. */
    .addColumn("on_behalf_of", "text")
    /** JSON: the step's typed output. */
    .addColumn("output", "text")
    .execute();
  await db.schema
    .createIndex("step_runs_incident_idx")
    .on("step_runs")
    .columns(["incident_id", "step_number"])
    .execute();
  await db.schema.createIndex("step_runs_active_due_idx").on("step_runs").columns(["status", "due_at"]).execute();

  await timestamps(
    db.schema
      .createTable("mitigation_actions")
      .addColumn("id", "integer", id(dialect))
      .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
      /** take_offline | maintenance_page | backup | block_ip | reset_credentials | isolate_host | other */
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("description", "text")
      /** planned | in_progress | done | cancelled */
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("assignee_user_id", "integer", (c) => c.references("users.id")),
  ).execute();

  await db.schema
    .createTable("handling_entries")
    .addColumn("id", "integer", id(dialect))
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("author_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("author_label", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("escalations")
    .addColumn("id", "integer", id(dialect))
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("step_number", "integer", (c) => c.notNull())
    /** vendor | prov_csirt | bssn | komdigi | polri */
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("target_org_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("channel", "text")
    .addColumn("reference", "text")
    .addColumn("handed_off_at", "text", (c) => c.notNull())
    .addColumn("response", "text")
    .addColumn("responded_at", "text")
    .addColumn("created_by_label", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await timestamps(
    db.schema
      .createTable("recommendations")
      .addColumn("id", "integer", id(dialect))
      .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
      .addColumn("number", "integer", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      /** agency | developer | csirt */
      .addColumn("owner", "text", (c) => c.notNull())
      .addColumn("deadline", "text")
      /** csirt | upstream */
      .addColumn("source", "text", (c) => c.notNull())
      /** open | in_progress | done | cannot */
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("reply_steps", "text")
      .addColumn("reply_evidence", "text")
      .addColumn("reply_reason", "text")
      .addColumn("replied_at", "text")
      .addColumn("replied_by_label", "text"),
  ).execute();
  await db.schema
    .createIndex("recommendations_number_idx")
    .on("recommendations")
    .columns(["incident_id", "number"])
    .unique()
    .execute();

  await db.schema
    .createTable("observables")
    .addColumn("id", "integer", id(dialect))
    .addColumn("incident_id", "integer", (c) => c.references("incidents.id"))
    .addColumn("report_id", "integer", (c) => c.references("reports.id"))
    /** ip | domain | url | hash | email */
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("tlp", "text", (c) => c.notNull())
    /** extracted | manual */
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_by_label", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("observables_incident_idx")
    .on("observables")
    .columns(["incident_id", "kind", "value"])
    .execute();
  await db.schema.createIndex("observables_value_idx").on("observables").columns(["kind", "value"]).execute();

  await db.schema
    .createTable("attachments")
    .addColumn("id", "integer", id(dialect))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("filename", "text", (c) => c.notNull())
    /** evidence | identity | letter_scan | reply_evidence */
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("report_id", "integer", (c) => c.references("reports.id"))
    .addColumn("incident_id", "integer", (c) => c.references("incidents.id"))
    .addColumn("tlp", "text", (c) => c.notNull())
    .addColumn("uploaded_by_label", "text", (c) => c.notNull())
    .addColumn("uploaded_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("uploaded_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("attachments_report_idx").on("attachments").column("report_id").execute();
  await db.schema.createIndex("attachments_incident_idx").on("attachments").column("incident_id").execute();

  await db.schema
    .createTable("custody_events")
    .addColumn("id", "integer", id(dialect))
    .addColumn("attachment_id", "integer", (c) => c.notNull().references("attachments.id"))
    .addColumn("at", "text", (c) => c.notNull())
    /** received | downloaded | linked | transferred | verified */
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("actor_label", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("custody_attachment_idx").on("custody_events").column("attachment_id").execute();

  await db.schema
    .createTable("report_messages")
    .addColumn("id", "integer", id(dialect))
    .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id"))
    /** reporter | staff | system */
    .addColumn("author_kind", "text", (c) => c.notNull())
    .addColumn("author_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("author_label", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("is_question", "integer", (c) => c.notNull().defaultTo(0))
    /** public (the reporter sees it) | internal */
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("report_messages_report_idx").on("report_messages").column("report_id").execute();

  await db.schema
    .createTable("access_links")
    .addColumn("id", "integer", id(dialect))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("step_code", "text", (c) => c.notNull())
    /** agency | developer | upstream */
    .addColumn("party_role", "text", (c) => c.notNull())
    .addColumn("organisation_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("email", "text")
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("last_used_at", "text")
    .addColumn("created_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("incident_timers")
    .addColumn("id", "integer", id(dialect))
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    /** pdp_notice (UU PDP 3×24 h) | iiv_report (1×24 h) */
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("warned_at", "text")
    .addColumn("late_at", "text")
    .addColumn("satisfied_at", "text")
    .addColumn("satisfied_note", "text")
    .execute();
  await db.schema
    .createIndex("incident_timers_unique")
    .on("incident_timers")
    .columns(["incident_id", "kind"])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "incident_timers",
    "access_links",
    "report_messages",
    "custody_events",
    "attachments",
    "observables",
    "recommendations",
    "escalations",
    "handling_entries",
    "mitigation_actions",
    "step_runs",
    "reports",
    "incidents",
    "ticket_counters",
    "holidays",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
