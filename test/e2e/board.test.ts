// The board in a real browser (headless Chromium, see ../support/browser.ts), on the demo data, with the app's
// clock fixed at 2026-10-15 12:00 UTC: after the teens promise's window (FY2027Q1..Q2, to 2026-09-30) closed
// and before its reports are due (2026-11-29), so it is pending until figures come.
// Screenshots of every page go to test-artifacts/board/ (git-ignored), for a person to open.
import type { FastifyInstance } from 'fastify';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { demoDataset } from '../../src/cli/demo-data.js';
import { loadDemo } from '../../src/cli/demo-load.js';
import { createApiKey } from '../../src/service/keys.js';
import { CHROMIUM_PATH, type HeadlessChromium, launchChromium } from '../support/browser.js';
import { testClock } from '../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const SHOTS = fileURLToPath(new URL('../../test-artifacts/board/', import.meta.url));
const NOW = '2026-10-15T12:00:00Z';

let database: TestDatabase;
let app: FastifyInstance;
let base: string;
let writeKey: string;
let browser: HeadlessChromium;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `no Chromium at ${CHROMIUM_PATH}: run .ci/chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  database = await createTestDatabase();
  app = await buildApp({ database, clock: testClock(NOW) });
  writeKey = (await createApiKey(database.db, 'board test', 'write')).key;
  await loadDemo({ app, key: writeKey }, demoDataset);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the app has no TCP address');
  base = `http://127.0.0.1:${address.port}`;
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('request', (r) => console.log('req', r.url(), r.headers()['last-event-id'] ?? ''));
  page.on('pageerror', (error) => {
    throw error;
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await database?.destroy();
});

/** The statements table's row for the teens promise. */
const teensRow = () => page.locator('#statements tbody tr', { hasText: "the 'teens' range" });

/** The statement page's table of figures, a row as 'cell | cell | …'. */
async function figureRows(): Promise<string[]> {
  const rows = await page.locator('#figures tbody tr').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allInnerTexts()).join(' | ')));
}

async function shot(name: string) {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

async function rendered() {
  await page.locator('main[data-rendered]').waitFor();
}

describe('the board, as a reader uses it', () => {
  it('sends / to the board, which lists Alibaba with its credibility, a hit-rate chart and the leaderboard', async () => {
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/board/');
    await rendered();
    const card = page.locator('[data-company="alibaba"]');
    await expect.poll(() => card.locator('h3').textContent()).toBe('Alibaba Group Holding Limited');
    expect(await card.locator('dl').innerText()).toMatch(
      /Hit rate\s+0%[\s\S]*Unreported rate\s+100%[\s\S]*Mean margin\s+—/,
    );
    expect(await card.locator('canvas').count()).toBeGreaterThan(0);
    // Alibaba has 2 resolved statements: too few for the leaderboard's default minimum of 5, which says so.
    expect(await page.locator('#leaderboard').innerText()).toContain(
      'at least 5 resolved statements, by hit rate, as of now',
    );
    expect(await page.locator('#leaderboard tbody').innerText()).toBe('None.');
    expect(await page.locator('#leaderboard').innerText()).toContain('none has that many yet');
    await shot('front');
    // Asked for fewer, it ranks Alibaba.
    await page.goto(`${base}/board/?minResolved=1`);
    await rendered();
    expect(await page.locator('#leaderboard tbody tr').first().innerText()).toMatch(/^1\s+Alibaba/);
  });

  it('opens Alibaba from the front page, with its scorecard and the teens statement pending', async () => {
    await page.getByRole('link', { name: 'Alibaba Group Holding Limited' }).first().click();
    await rendered();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Alibaba Group Holding Limited');
    expect(await page.locator('#scorecard').innerText()).toMatch(/Pending\s+7/);
    expect(await teensRow().locator('[data-status]').textContent()).toBe('pending');
    expect(await teensRow().innerText()).toContain('2026-11-29');
    await shot('company');
  });

  it(
    'turns the teens statement met without a reload when its figures are posted through the API',
    { timeout: 40_000 },
    async () => {
      await expect.poll(() => page.locator('#live').textContent()).toMatch(/^Live: (following|updated)/);
      await page.evaluate(() => Object.assign(globalThis, { sameDocument: true }));
      // A reader is choosing a filter, not yet submitted, when the figures arrive: the re-render keeps it.
      const commitment = page.locator('form[aria-label="Filter statements"] select[name="commitment"]');
      await commitment.selectOption('expect');
      await commitment.focus();
      const response = await fetch(`${base}/v1/actuals/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${writeKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          items: [
            {
              companyId: 'alibaba',
              metric: 'cloud.ebita_margin',
              period: 'FY2027Q1',
              value: '13.5',
              unit: 'percent',
              publishedAt: '2026-08-29',
            },
            {
              companyId: 'alibaba',
              metric: 'cloud.ebita_margin',
              period: 'FY2027Q2',
              value: '14.2',
              unit: 'percent',
              publishedAt: '2026-10-10',
            },
          ],
        }),
      });
      expect(response.status, await response.text()).toBe(201);
      await expect
        .poll(() => teensRow().locator('[data-status]').textContent(), { timeout: 75_000 })
        .toBe('met')
        .catch(async (error: unknown) => {
          throw new Error(`${String(error)}; the page's live line: ${await page.locator('#live').textContent()}`);
        });
      expect(await page.evaluate(() => 'sameDocument' in globalThis)).toBe(true);
      expect(await commitment.inputValue()).toBe('expect');
      expect(await commitment.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
      expect(new URL(page.url()).searchParams.get('commitment')).toBeNull(); // chosen, still not submitted
      expect(await page.locator('#scorecard').innerText()).toMatch(/Met\s+1/);
      await shot('company-live-met');
    },
  );

  it('shows the statement: its quote, the band with both figures counted, and its verdicts over time', async () => {
    await teensRow().getByRole('link').click();
    await rendered();
    expect(await page.locator('blockquote').textContent()).toContain("significantly improve to the 'teens' range");
    expect(await page.locator('figcaption').first().textContent()).toContain('Alibaba FY2026 Q4 earnings call');
    expect(await page.locator('#verdict [data-status]').textContent()).toBe('met');
    expect(await figureRows()).toEqual([
      'FY2027Q1 | 13.5% | 2026-08-29 | counted | —',
      'FY2027Q2 | 14.2% | 2026-10-10 | counted | —',
    ]);
    expect(await page.locator('#history tbody [data-status]').allTextContents()).toEqual(['pending', 'pending', 'met']);
    expect(await page.locator('.chart canvas').count()).toBeGreaterThan(0);
    await shot('statement');
  });

  // Knowledge time is publication time: on 2026-10-09 only FY2027Q1 (published 2026-08-29) was public.
  it('moves the whole board back in knowledge time from the keyboard, where the statement is pending again', async () => {
    await page.getByLabel('Knowledge time').focus();
    await page.keyboard.type('10092026');
    await page.keyboard.press('Enter');
    await page.waitForURL(/asOf=2026-10-09/);
    await rendered();
    expect(await page.locator('#verdict [data-status]').textContent()).toBe('pending');
    expect(await figureRows()).toEqual(['FY2027Q1 | 13.5% | 2026-08-29 | counted | —']);
    expect(await page.locator('#live').textContent()).toContain('As known at the end of 2026-10-09');
    // What was not yet known is not shown: only that there is more.
    expect(await page.locator('#history tbody [data-status]').allTextContents()).toEqual(['pending', 'pending']);
    expect(await page.locator('#history-h ~ p').textContent()).toBe(
      '1 later verdict not shown: the board is as of 2026-10-09.',
    );
    await shot('statement-as-of');
    // The breadcrumb keeps the knowledge time: the company page as of that day shows it pending too.
    await page.getByRole('link', { name: 'Alibaba Group Holding Limited' }).click();
    await rendered();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-10-09');
    expect(await teensRow().locator('[data-status]').textContent()).toBe('pending');
    // Every metric can be chosen as a filter, whatever the date.
    expect(await page.getByLabel('metric').locator('option').allTextContents()).toContain('cloud.ebita_margin');
    await shot('company-as-of');
  });

  it('fits a phone: no sideways scrolling of the page itself', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/board/?company=alibaba`);
    await rendered();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}company-phone.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows text from the API as text: a quote with markup stays a quote', async () => {
    const quote = '<img src=x onerror="window.injected=1">Margins <b>will</b> rise';
    const teens = demoDataset.statements.find((s) => s.key === 'cloud-margin-teens');
    if (teens?.kind !== 'atomic') throw new Error('the demo has no teens statement');
    const created = await fetch(`${base}/v1/statements`, {
      method: 'POST',
      headers: { authorization: `Bearer ${writeKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...teens.body, quote, statedOn: '2026-10-15', window: { period: 'FY2027Q4' } }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${base}/board/?statement=${id}`);
    await rendered();
    expect(await page.locator('blockquote').textContent()).toBe(quote);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => 'injected' in globalThis)).toBe(false);
  });
});
