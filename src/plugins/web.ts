import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../db/paths.js';

export const PUBLIC_DIR = join(projectRoot(), 'public');

const require = createRequire(import.meta.url);

/** An installed package's directory, found from its entry point (not every package exports package.json). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/**
 * The libraries the page loads, served from node_modules under fixed names: the page needs no
 * network beyond this server, and nothing else in node_modules is reachable.
 */
const VENDOR_FILES: Record<string, { dir: string; file: string }> = {
  'vis-timeline.min.js': { dir: join(packageDir('vis-timeline'), 'standalone', 'umd'), file: 'vis-timeline-graph2d.min.js' },
  'vis-timeline.min.css': { dir: join(packageDir('vis-timeline'), 'styles'), file: 'vis-timeline-graph2d.min.css' },
  'chart.umd.js': { dir: join(packageDir('chart.js'), 'dist'), file: 'chart.umd.js' },
};

const PAGE_FILES = ['app.js', 'app.css'];

/**
 * Scripts and styles only from this origin, so no inline script or style runs even if text from
 * an article got into the page; fetches only to this API; the page cannot be framed. (The
 * standalone vis-timeline build also tries to inject its CSS as an inline <style>; the policy
 * refuses it, and the page links the same stylesheet as a file instead.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** The timeline page at `/` and its assets under `/assets/`. Not part of the API document. */
const web: FastifyPluginAsync = async (app) => {
  await app.register(fastifyStatic, { root: PUBLIC_DIR, serve: false });

  // Hooks here apply to this plugin's routes only (the plugin is encapsulated), not to the API.
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', PUBLIC_DIR, { cacheControl: false }),
  );

  for (const file of PAGE_FILES) {
    app.get(`/assets/${file}`, { schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile(file, PUBLIC_DIR, { cacheControl: false }),
    );
  }

  for (const [name, { dir, file }] of Object.entries(VENDOR_FILES)) {
    app.get(`/assets/vendor/${name}`, { schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', 'public, max-age=86400').sendFile(file, dir, { cacheControl: false }),
    );
  }
};

export default web;
