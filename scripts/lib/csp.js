// The task pane's Content-Security-Policy, in one place: vite.config.ts writes it into the pages as a <meta> tag
// (the dev server's variant in dev mode) and `npm run serve` (scripts/lib/paneServer.js) also sends the production
// one as an HTTP header.
//
// The pages load scripts, styles, workers, frames and data from their own origin only. Office.js would otherwise
// open a telemetry frame on a Microsoft server; the pane calls no server but its own. The dev server also allows
// the inline script that React's fast refresh injects. No frame-ancestors: Office shows the pane in a frame.
'use strict';

/** The policy, for the built pane (`dev` false) or the dev server (`dev` true). */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

module.exports = { contentSecurityPolicy, PRODUCTION_CSP: contentSecurityPolicy(false) };
