// Vite build of the task pane (Excel and Word share one pane): src/taskpane → dist-pane/.
//
// The pane talks to no server but its own origin: Office.js is not taken from Microsoft's CDN but copied from the
// @microsoft/office-js package into dist-pane/office/ (served from node_modules in `vite` dev mode), the icons are
// copied to dist-pane/assets/, and the pages carry a Content-Security-Policy (scripts/lib/csp.js) that keeps scripts,
// frames and requests on the same origin. `npm run dev-server` serves https://localhost:3000 with the Office dev
// certificates (scripts/lib/devCerts.js) when they can be had, else plain http with a note; `npm run serve`
// (scripts/serve.js) serves the built pane the same way.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ServerOptions, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy as csp } from './scripts/lib/csp.js';
import { devHttpsOptions, httpNote } from './scripts/lib/devCerts.js';
import { paneDevMiddleware, type PaneMount } from './scripts/lib/devMiddleware.js';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const PANE = path.join(ROOT, 'src/taskpane');
const OUT = path.join(ROOT, 'dist-pane');
const ASSETS = path.join(ROOT, 'assets');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const PORT = 3000;

/**
 * Which files of @microsoft/office-js/dist the pane ships (path relative to dist, with '/'): office.js and the
 * files it loads for Excel and Word on every platform, the locale strings, the telemetry/auth helpers it may
 * load; not the debug builds, the IntelliSense files, nor the other hosts (Outlook, PowerPoint, OneNote…).
 */
function officeFileWanted(rel: string): boolean {
  if (/\.debug\.js$|vsdoc|\.d\.ts$|\.md$/i.test(rel)) return false;
  const parts = rel.split('/');
  if (parts.length > 1) {
    // Locale folders (vi-vn, en-us, …) hold office_strings.js and outlook_strings.js: only the first is needed.
    if (parts[0].includes('-')) return parts[parts.length - 1] === 'office_strings.js';
    return true; // telemetry/, ariatelemetry/, agaveerrorux/, webauth/
  }
  return /^(office|o15apptofilemappingtable|es6-promise)\.js$/.test(rel) || /^(excel|word)[a-z0-9.-]*\.js$/.test(rel);
}

// Office.js asks for its error page as AgaveErrorUX/index.html, but the package ships the folder as agaveerrorux/.
const caseAlias = (rel: string) => rel.replace(/^AgaveErrorUX\//, 'agaveerrorux/');
const officeNames = (rel: string) => (rel.startsWith('agaveerrorux/') ? [rel, rel.replace(/^agaveerrorux\//, 'AgaveErrorUX/')] : [rel]);

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.gif': 'image/gif',
};

/**
 * Serves `/office/*` and `/assets/*` in dev mode, and copies them into dist-pane/ after a build. In front of the dev
 * server and `vite preview`: the Content-Security-Policy header on every answer and a plain 400 for an address that
 * does not decode (scripts/lib/devMiddleware.js).
 */
function localOfficeAndAssets(): Plugin {
  const mounts: PaneMount[] = [
    { prefix: '/office/', dir: OFFICE_DIST, wanted: officeFileWanted, alias: caseAlias },
    { prefix: '/assets/', dir: ASSETS, wanted: () => true },
  ];
  let outDir = OUT;
  return {
    name: 'baocao-local-office-and-assets',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(paneDevMiddleware({ csp: csp(true), mounts, contentTypes: CONTENT_TYPES }));
    },
    configurePreviewServer(server) {
      // `vite preview` serves the built pane (office/ and assets/ are in it): the production policy, the 400 guard.
      server.middlewares.use(paneDevMiddleware({ csp: csp(false) }));
    },
    closeBundle() {
      let copied = 0;
      for (const m of mounts) {
        const files = listFiles(m.dir).filter(m.wanted);
        if (m.prefix === '/office/' && !files.includes('office.js')) {
          this.warn(`office.js not found in ${m.dir}: is @microsoft/office-js installed?`);
        }
        for (const rel of files) {
          for (const name of m.prefix === '/office/' ? officeNames(rel) : [rel]) {
            const dest = path.join(outDir, m.prefix, name);
            fs.mkdirSync(path.dirname(dest), { recursive: true });
            fs.copyFileSync(path.join(m.dir, rel), dest);
            copied++;
          }
        }
      }
      console.log(`${path.relative(ROOT, outDir) || '.'}: copied ${copied} files into office/ and assets/`);
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'baocao-csp',
    transformIndexHtml: (html, ctx) =>
      html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${csp(Boolean(ctx.server))}" />`),
  };
}

/** https options for the dev server: the Office dev certificates, or undefined for plain http (scripts/lib/devCerts.js). */
async function devHttps(): Promise<ServerOptions['https']> {
  if (process.env.BAOCAO_DEV_HTTP === '1') {
    console.warn(`\n[dev-server] ${httpNote('BAOCAO_DEV_HTTP=1: no https.', PORT)}\n`);
    return undefined;
  }
  const { https, notes } = await devHttpsOptions({ port: PORT });
  for (const note of notes) console.warn(`\n[dev-server] ${note}\n`);
  return https;
}

export default defineConfig(async ({ command }): Promise<UserConfig> => ({
  root: PANE,
  base: '/',
  publicDir: false,
  plugins: [react(), localOfficeAndAssets(), contentSecurityPolicy()],
  // Fallback for JSX if the React plugin is ever removed: esbuild's automatic runtime.
  esbuild: { jsx: 'automatic' },
  // `new Worker(new URL('./worker/analyse.worker.ts', import.meta.url), { type: 'module' })` is bundled as an ES worker.
  worker: { format: 'es' },
  build: {
    outDir: OUT,
    emptyOutDir: true,
    target: 'es2020',
    // No source maps for the clerks (they would ship the whole source, ~17 MB): BAOCAO_SOURCEMAP=1 npm run build:pane
    // makes them, for debugging a build on a developer's machine only.
    sourcemap: process.env.BAOCAO_SOURCEMAP === '1',
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      input: {
        taskpane: path.join(PANE, 'taskpane.html'),
        help: path.join(PANE, 'help.html'),
      },
    },
  },
  server: {
    port: PORT,
    strictPort: true,
    host: 'localhost',
    https: command === 'serve' ? await devHttps() : undefined,
  },
  preview: { port: PORT, strictPort: true, host: 'localhost' },
}));
