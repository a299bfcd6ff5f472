import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findOrInstallChromium } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, served by a plain static server under a sub-path. */
    appUrl: string;
    /** The same dist/ on another origin (another loopback port), for cross-origin tests. */
    otherOrigin: string;
  }
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let servers: StaticServer[] = [];

export async function setup(project: TestProject) {
  if (!existsSync(`${dist}/index.html`))
    throw new Error('Browser tests run against the built app: run "npm run build" first.');
  findOrInstallChromium();
  const app = await serveStatic(dist, '/tools/careers/');
  const other = await serveStatic(dist, '/');
  servers = [app, other];
  project.provide('appUrl', app.url);
  project.provide('otherOrigin', new URL(other.url).origin);
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
}
