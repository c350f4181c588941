import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { ParseKeys } from "i18next";
import type { Session } from "../../api/session.ts";
import { tk } from "../../i18n/index.ts";

/*
 * The console's pages: one list drives both the navigation (shown by the user's abilities) and the
 * routes. To build a page, replace its `component` with `lazy(() => import("./your-page.tsx"))`;
 * each page is its own chunk, loaded only when opened.
 */

/** A page of the console: where it lives, its name in the menu, and who may see it. */
export interface ConsolePage {
  path: string;
  label: ParseKeys;
  /** Shown when the session has any of these abilities. */
  anyOf: readonly string[];
  component: LazyExoticComponent<ComponentType<{ title: ParseKeys }>>;
}

export const CONSOLE_PAGES: readonly ConsolePage[] = [
  {
    path: "inbox",
    label: tk("nav.inbox"),
    anyOf: ["report.read"],
    component: lazy(() => import("./inbox/inbox-page.tsx")),
  },
  {
    path: "board",
    label: tk("nav.board"),
    anyOf: ["incident.read"],
    component: lazy(() => import("./board/board-page.tsx")),
  },
  {
    path: "assets",
    label: tk("nav.assets"),
    anyOf: ["organisation.read"],
    component: lazy(() => import("./assets/assets-page.tsx")),
  },
  {
    path: "dashboard",
    label: tk("nav.dashboard"),
    anyOf: ["dashboard.read"],
    component: lazy(() => import("./dashboard/dashboard-page.tsx")),
  },
  {
    path: "search",
    label: tk("nav.search"),
    anyOf: ["report.read", "incident.read"],
    component: lazy(() => import("./search/search-page.tsx")),
  },
  {
    path: "settings",
    label: tk("nav.settings"),
    anyOf: ["settings.manage"],
    component: lazy(() => import("./settings/settings-page.tsx")),
  },
  {
    path: "users",
    label: tk("nav.users"),
    anyOf: ["user.manage"],
    component: lazy(() => import("./users/users-page.tsx")),
  },
];

/** The pages the session may open, in menu order. */
export const pagesFor = (session: Session | null | undefined): ConsolePage[] =>
  session ? CONSOLE_PAGES.filter((page) => page.anyOf.some((a) => session.abilities.includes(a))) : [];
