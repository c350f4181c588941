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
  if (area === "console" && isPartner(session)) return <Navigate to="/partner" replace />;
  if (area === "partner" && !isPartner(session)) return <Navigate to="/console" replace />;
  return <>{children(session)}</>;
}
