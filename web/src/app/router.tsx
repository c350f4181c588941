import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { CONSOLE_PAGES } from "../pages/console/console-pages.tsx";
import { PublicLayout } from "./public-layout.tsx";
import { RootFrame } from "./root-frame.tsx";
import { RouteError } from "./route-error.tsx";

/*
 * Every page is loaded on demand (React.lazy), so a citizen on a phone downloads the public
 * portal's code and never the console's; layouts hold the Suspense boundaries.
 */
const LandingPage = lazy(() => import("../pages/public/landing-page.tsx"));
const ReportPage = lazy(() => import("../pages/public/report-page.tsx"));
const ConfirmationPage = lazy(() => import("../pages/public/confirmation-page.tsx"));
const TrackPage = lazy(() => import("../pages/public/track-page.tsx"));
const LoginPage = lazy(() => import("../pages/auth/login-page.tsx"));
const ChangePasswordPage = lazy(() => import("../pages/auth/change-password-page.tsx"));
const NotFoundPage = lazy(() => import("../pages/public/not-found-page.tsx"));
const ConsoleLayout = lazy(() => import("../pages/console/console-layout.tsx"));
const ConsoleHome = lazy(() => import("../pages/console/console-home.tsx"));
const IncidentPage = lazy(() => import("../pages/console/incident/incident-page.tsx"));
const PartnerLayout = lazy(() => import("../pages/partner/partner-layout.tsx"));
const PartnerHomePage = lazy(() => import("../pages/partner/partner-home-page.tsx"));
const PartnerIncidentPage = lazy(() => import("../pages/partner/partner-incident-page.tsx"));
const PartnerLinkPage = lazy(() => import("../pages/links/partner-link-page.tsx"));

export const router = createBrowserRouter([
  {
    element: <RootFrame />,
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { index: true, element: <LandingPage /> },
          { path: "aduan", element: <ReportPage /> },
          { path: "aduan/terkirim", element: <ConfirmationPage /> },
          { path: "track", element: <TrackPage /> },
          { path: "track/:code", element: <TrackPage /> },
          { path: "login", element: <LoginPage /> },
          { path: "password", element: <ChangePasswordPage /> },
          // A signed link needs no account, so it sits outside the partner layout's sign-in.
          { path: "partner/links/:token", element: <PartnerLinkPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
      {
        path: "console",
        element: <ConsoleLayout />,
        children: [
          { index: true, element: <ConsoleHome /> },
          { path: "incidents/:id", element: <IncidentPage /> },
          ...CONSOLE_PAGES.map((page) => ({ path: `${page.path}/*`, element: <page.component title={page.label} /> })),
          { path: "*", element: <Navigate to="/console" replace /> },
        ],
      },
      {
        path: "partner",
        element: <PartnerLayout />,
        children: [
          { index: true, element: <PartnerHomePage /> },
          { path: "incidents/:id", element: <PartnerIncidentPage /> },
          { path: "*", element: <Navigate to="/partner" replace /> },
        ],
      },
    ],
  },
]);
