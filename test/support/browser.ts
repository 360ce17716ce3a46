// Headless Chromium for the browser tests: Debian's `chromium` package (.ci/chromium installs it), driven by
// playwright-core, which brings no browser of its own. A fresh profile per launch, and nothing that phones home.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface HeadlessChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context on a fresh user-data-dir (deleted on close), sized like a laptop screen. */
/** The environment without libfaketime's preload and settings. */
function withoutFaketime(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name.startsWith('FAKETIME') || name === 'LD_PRELOAD') continue;
    kept[name] = value;
  }
  return kept;
}

export async function launchChromium(): Promise<HeadlessChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'saydo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // The browser runs on the real time even when the tests run under libfaketime (CI's run five years ahead):
    // the app's clock is the test's own, and a faked clock only slows Chromium's many processes down.
    env: withoutFaketime(process.env),
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
