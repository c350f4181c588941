import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes `.br` and `.gz` beside every text file of the build. The server sends them to browsers
 * that accept them (@fastify/static `preCompressed`), so a phone downloads about a quarter of the
 * bytes without the server compressing anything per request.
 */
function precompress(outDir: string): Plugin {
  const compressible = /\.(js|css|html|svg|json)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: "sigap-precompress",
    apply: "build",
    closeBundle() {
      for (const file of walk(outDir).filter((f) => compressible.test(f) && !f.includes("/.vite/"))) {
        const bytes = readFileSync(file);
        if (bytes.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/**
 * The web app (web/) builds into web/dist, which the Sigap server serves. The app imports a few
 * pure modules from src/core (report limits and schemas, taxonomy labels), so the dev server may
 * read them. `npm run build:web` builds; `npx vite` serves with hot reload and forwards /api to a
 * Sigap server on port 3000.
 */
export default defineConfig({
  root: here("./web"),
  plugins: [react(), precompress(here("./web/dist"))],
  build: {
    outDir: here("./web/dist"),
    emptyOutDir: true,
    // .vite/manifest.json maps pages to their chunks, for scripts/web-bundle-size.mjs; the server
    // never serves dot-folders.
    manifest: true,
    // Mantine alone is larger than the default 500 kB warning; the size that matters (gzip, per
    // area) is measured and recorded in bench/README.md.
    chunkSizeWarningLimit: 800,
  },
  server: {
    fs: { allow: [here("./web"), here("./src/core"), here("./node_modules")] },
    proxy: { "/api": "http://127.0.0.1:3000", "/healthz": "http://127.0.0.1:3000" },
  },
});
