import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { IncidentDetail } from "../../../api/incidents.ts";
import { useOrganisations, useUsers } from "../../../api/directory.ts";
import { can, useSession } from "../../../api/session.ts";

/** Names of the people and organisations that step outputs refer to by id. */
export interface Names {
  user: (id: number | null | undefined) => string | null;
  organisation: (id: number | null | undefined) => string | null;
}

const NamesContext = createContext<Names>({ user: () => null, organisation: () => null });

/**
 * Provides the names: users and organisations from the register when the role may read it, and
 * always the incident's own parties and assignee (which the incident itself names).
 */
export function NamesProvider({ detail, children }: { detail: IncidentDetail; children: ReactNode }) {
  const session = useSession().data;
  const users = useUsers(can(session, "user.read")).data;
  const organisations = useOrganisations(can(session, "organisation.read")).data;
  const value = useMemo<Names>(() => {
    const people = new Map<number, string>((users ?? []).map((u) => [u.id, u.displayName]));
    const i = detail.incident;
    if (i.assignee) people.set(i.assignee.id, i.assignee.displayName);
    const orgs = new Map<number, string>((organisations ?? []).map((o) => [o.id, o.name]));
    for (const party of [i.agency, i.developer, i.upstream]) if (party) orgs.set(party.id, party.name);
    for (const e of detail.escalations)
      if (e.targetOrganisation) orgs.set(e.targetOrganisation.id, e.targetOrganisation.name);
    return {
      user: (id) => (id === null || id === undefined ? null : (people.get(id) ?? `#${id}`)),
      organisation: (id) => (id === null || id === undefined ? null : (orgs.get(id) ?? `#${id}`)),
    };
  }, [users, organisations, detail]);
  return <NamesContext.Provider value={value}>{children}</NamesContext.Provider>;
}

/** The names of users and organisations referred to by id. */
export const useNames = (): Names => useContext(NamesContext);
