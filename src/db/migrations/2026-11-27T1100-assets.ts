import type { ColumnDefinitionBuilder, Kysely } from "kysely";

/*
 * The asset registry: applications (with their URLs), servers, and which application runs where.
 * Standalone: imports nothing from the application.
 */

type Dialect = "sqlite" | "postgres";
const id = (dialect: Dialect) => (col: ColumnDefinitionBuilder) =>
  dialect === "postgres" ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement();

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("applications")
    .addColumn("id", "integer", id(dialect))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("owner_org_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("developer_org_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("iiv", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("applications_name_idx").on("applications").column("name").unique().execute();

  await db.schema
    .createTable("application_urls")
    .addColumn("id", "integer", id(dialect))
    .addColumn("application_id", "integer", (c) => c.notNull().references("applications.id").onDelete("cascade"))
    /** The URL as registered, normalised (lower-case scheme and host, no trailing slash). */
    .addColumn("url", "text", (c) => c.notNull())
    /** Lower-case host name (or IP) used to match reports. */
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("path_prefix", "text", (c) => c.notNull().defaultTo("/"))
    .execute();
  await db.schema.createIndex("application_urls_host_idx").on("application_urls").column("host").execute();
  await db.schema
    .createIndex("application_urls_unique")
    .on("application_urls")
    .columns(["application_id", "url"])
    .unique()
    .execute();

  await db.schema
    .createTable("servers")
    .addColumn("id", "integer", id(dialect))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("hostname", "text")
    /** JSON array of IP addresses. */
    .addColumn("addresses", "text", (c) => c.notNull().defaultTo("[]"))
    /** city_dc | pdn | third_party | cloud | unknown */
    .addColumn("location", "text", (c) => c.notNull().defaultTo("unknown"))
    .addColumn("provider", "text")
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("servers_name_idx").on("servers").column("name").unique().execute();

  await db.schema
    .createTable("application_servers")
    .addColumn("application_id", "integer", (c) => c.notNull().references("applications.id").onDelete("cascade"))
    .addColumn("server_id", "integer", (c) => c.notNull().references("servers.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("application_servers_pk", ["application_id", "server_id"])
    .execute();
  await db.schema.createIndex("application_servers_server_idx").on("application_servers").column("server_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["application_servers", "servers", "application_urls", "applications"]) {
    await db.schema.dropTable(table).execute();
  }
}
