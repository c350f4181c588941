import { Navigate } from "react-router";
import { useSession } from "../../api/session.ts";
import { pagesFor } from "./console-pages.tsx";
import PlaceholderPage from "./placeholder-page.tsx";
import { tk } from "../../i18n/index.ts";

/** `/console` opens the first page the user may see (the inbox for the intake desk, the board for analysts). */
export default function ConsoleHome() {
  const first = pagesFor(useSession().data)[0];
  if (first) return <Navigate to={`/console/${first.path}`} replace />;
  return <PlaceholderPage title={tk("console.nothingTitle")} />;
}
