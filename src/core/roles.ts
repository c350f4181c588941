/** Roles of DESIGN.md. Internal roles work inside the CSIRT; partner roles act on their own steps. */
export const ROLES = ["admin", "intake", "csirt", "csirt_lead", "agency", "developer", "upstream", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Specialties of a CSIRT analyst (SOP: the five teams). */
export const SPECIALTIES = ["server", "network", "web_admin", "application", "infosec"] as const;
export type Specialty = (typeof SPECIALTIES)[number];

/** Roles that must belong to an organisation: partners act for their agency, vendor or upstream CSIRT. */
export const ROLES_NEEDING_ORGANISATION: readonly Role[] = ["agency", "developer", "upstream"];

/** The kind of organisation a partner role must belong to. */
export const ORGANISATION_KIND_FOR_ROLE: Partial<Record<Role, string>> = {
  agency: "agency",
  developer: "vendor",
  upstream: "upstream",
};

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  admin: { id: "Administrator", en: "Administrator" },
  intake: { id: "Petugas Penerima Aduan (DKIS)", en: "Intake desk (DKIS)" },
  csirt: { id: "Analis CSIRT", en: "CSIRT analyst" },
  csirt_lead: { id: "Koordinator CSIRT", en: "CSIRT lead" },
  agency: { id: "Perangkat Daerah", en: "Agency officer" },
  developer: { id: "Pengembang", en: "Developer" },
  upstream: { id: "CSIRT Hulu (Prov/BSSN)", en: "Upstream CSIRT" },
  viewer: { id: "Pimpinan (baca saja)", en: "Leadership (read only)" },
};

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
