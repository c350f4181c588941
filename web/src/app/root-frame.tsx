import { useEffect } from "react";
import { Outlet, ScrollRestoration, useNavigate } from "react-router";
import { onPasswordChangeRequired } from "../api/client.ts";

/**
 * The frame around every route. When the server answers any call with "change your password
 * first", the user is taken to the password page instead of seeing a bare error.
 */
export function RootFrame() {
  const navigate = useNavigate();
  useEffect(() => {
    onPasswordChangeRequired(() => {
      if (window.location.pathname !== "/password") void navigate("/password");
    });
    return () => onPasswordChangeRequired(null);
  }, [navigate]);
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}
