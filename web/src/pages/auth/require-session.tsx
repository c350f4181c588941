import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { isPartner, useSession, type Session } from "../../api/session.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";

/**
 * Renders its children only for a signed-in user of the right kind: nobody signed in goes to the
 * login page (and comes back afterwards), a pending password change goes to the password page,
 * and partners and staff each go to their own area.
 */
export function RequireSession({
  area,
  children,
}: {
  area: "console" | "partner";
  children: (session: Session) => ReactNode;
}) {
  const location = useLocation();
  const { data: session, isPending, error } = useSession();
  if (isPending) return <PageLoader />;
  if (error) return <ErrorAlert error={error} />;
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (session.user.mustChangePassword) return <Navigate to="/password" replace />;
  if (area === "console" && isPartner(session)) return <Navigate to={partnerPathFor(location.pathname)} replace />;
  if (area === "partner" && !isPartner(session)) return <Navigate to="/console" replace />;
  return <>{children(session)}</>;
}

/**
 * Where a partner opening a console address goes: an incident's page opens as the partner portal's
 * page of that incident (which shows it only if it was handed to them), anything else the portal.
 */
export function partnerPathFor(consolePath: string): string {
  const incident = /^\/console\/incidents\/([^/]+)\/?$/.exec(consolePath);
  return incident ? `/partner/incidents/${encodeURIComponent(incident[1]!)}` : "/partner";
}
