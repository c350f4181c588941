import { existsSync, statSync } from "node:fs";
import { resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { AppError } from "../../../core/errors.ts";

/** Where `npm run build:web` puts the single-page app. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../../../web/dist", import.meta.url));

/** Hashed build files never change under the same name, so browsers may keep them for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Paths that belong to the API (and the health check): they answer JSON, never the app's page. */
const isApiPath = (path: string) => path === "/api" || path.startsWith("/api/") || path.startsWith("/healthz");

/**
 * The file under `root` that `path` names, or null: never outside `root`, never a dotfile or
 * dot-folder (the build's `.vite/manifest.json`), never a folder.
 */
export function builtFile(root: string, path: string): string | null {
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.length === 0 || segments.some((s) => s.startsWith(".") || s.includes("\\") || s.includes("\0")))
    return null;
  const full = resolve(root, ...segments);
  if (!full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? segments.join("/") : null;
  } catch {
    return null;
  }
}

export interface WebRoutesOptions {
  /** The built app; default `web/dist` of this checkout. */
  root?: string;
}

/**
 * Serves the built web app: its files as they are, and `index.html` for every other GET outside
 * the API, so that `/track/…` or `/console/board` opened directly (or reloaded) reaches the
 * client-side router. API paths that match no route keep their JSON 404. Registered after the
 * API routes; the CSP from helmet applies, and the build has no inline scripts.
 */
export const webRoutes =
  (options: WebRoutesOptions = {}): FastifyPluginAsync =>
  async (app) => {
    const root = resolve(options.root ?? DEFAULT_WEB_ROOT);
    // Only `reply.sendFile`: which files exist is decided per request, so a rebuild needs no restart.
    // The build writes .br and .gz beside each file; a browser that accepts them gets those.
    await app.register(fastifyStatic, { root, serve: false, preCompressed: true });

    const sendIndex = (reply: FastifyReply) => {
      if (!existsSync(resolve(root, "index.html"))) throw new AppError("not_found", "web.not_built");
      return reply.header("cache-control", "no-cache").sendFile("index.html", root, { cacheControl: false });
    };

    app.get("/*", { schema: { hide: true } }, async (request, reply) => {
      let path: string;
      try {
        path = decodeURIComponent(request.url.split("?", 1)[0] ?? "/");
      } catch {
        return reply.callNotFound();
      }
      if (isApiPath(path)) return reply.callNotFound();
      const file = builtFile(root, path);
      if (file === "index.html") return sendIndex(reply);
      if (file) {
        const cache = file.startsWith("assets/") ? IMMUTABLE : "public, max-age=3600";
        return reply.header("cache-control", cache).sendFile(file, root, { cacheControl: false });
      }
      // A missing build file is a plain 404, not the app's page in its place.
      if (path.startsWith("/assets/")) return reply.callNotFound();
      return sendIndex(reply);
    });
  };
