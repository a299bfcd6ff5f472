import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findOrInstallChromium } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, served by a plain static server under a sub-path. */
    appUrl: string;
    /** The same dist/ on another origin (another loopback port), for cross-origin tests. */
    otherOrigin: string;
    /** One Chromium for every browser test file, which each connect to (test/browser/hooks.ts). */
    browserWs: string;
  }
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let servers: StaticServer[] = [];
let browser: BrowserServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(`${dist}/index.html`))
    throw new Error('Browser tests run against the built app: run "npm run build" first.');
  // One browser for the run: each file opens its own contexts in it (launching one per file
  // cost a second or two each, twice that on a busy machine).
  browser = await chromium.launchServer({
    executablePath: findOrInstallChromium(),
    args: CHROMIUM_ARGS,
  });
  project.provide('browserWs', browser.wsEndpoint());
  const app = await serveStatic(dist, '/tools/careers/');
  const other = await serveStatic(dist, '/');
  servers = [app, other];
  project.provide('appUrl', app.url);
  project.provide('otherOrigin', new URL(other.url).origin);
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
  await browser?.close();
}
