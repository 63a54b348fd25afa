#!/usr/bin/env node
// Builds the server to JavaScript (npm run build -w @danvan/server; npm start runs it first):
// apps/server/dist/main.js (the server) and apps/server/dist/nd30.worker.js (the document worker that
// core/documents/pool.ts starts next to it), ES modules for the Node.js that runs them, with source maps.
//
// esbuild, bundling: the workspace packages (@danvan/contracts, @danvan/domain) export their
// TypeScript sources, so a per-file emit (tsc) would leave imports that plain node cannot load; a
// bundle carries them, in well under a second. Everything from node_modules stays external (native
// argon2, PGlite's wasm, Piscina: loaded from node_modules as in development). Types are checked by
// `npm run typecheck`, not here.
//
// `import.meta.url` in a source module keeps meaning that module's place in the source tree (migrate.ts
// finds apps/server/drizzle, app.ts apps/web/dist), computed at run time from the bundle's own place, so
// a copied tree still works. The exception is pool.ts, which looks for the worker next to itself: in
// the build that is the bundle, whose sibling is dist/nd30.worker.js.
//
// The files are written under temporary names and renamed, so servers starting together (and building
// together) never load half a file. Output: stderr only (stdout is the server's JSON log).
import { build } from 'esbuild';
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const server = path.join(root, 'apps/server');
export const OUT_DIR = path.join(server, 'dist');
const KEEP_OWN_URL = new Set([path.join(server, 'src/core/documents/pool.ts')]);

const externals = {
  name: 'node_modules-external',
  setup(b) {
    // bare specifiers (packages) stay imports, except the workspace's own TypeScript packages
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@danvan/') || args.kind === 'entry-point' ? undefined : { external: true },
    );
  },
};

const sourceUrls = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url') || KEEP_OWN_URL.has(args.path))
        return { contents: text, loader: 'ts' };
      const rel = path.relative(OUT_DIR, args.path).split(path.sep).join('/');
      return {
        contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
};

export async function buildServer() {
  const t0 = Date.now();
  const r = await build({
    absWorkingDir: server,
    entryPoints: { main: 'src/main.ts', 'nd30.worker': 'src/core/documents/nd30.worker.ts' },
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
    plugins: [externals, sourceUrls],
  });
  await mkdir(OUT_DIR, { recursive: true });
  const tmp = `.tmp-${process.pid}`;
  await Promise.all(r.outputFiles.map((f) => writeFile(f.path + tmp, f.contents)));
  // the maps first, the modules last
  const files = [...r.outputFiles].sort(
    (a, b) => Number(a.path.endsWith('.js')) - Number(b.path.endsWith('.js')),
  );
  for (const f of files) await rename(f.path + tmp, f.path);
  console.error(`Máy chủ đã được biên dịch sang JavaScript (${OUT_DIR}, ${Date.now() - t0} ms).`);
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) await buildServer();
