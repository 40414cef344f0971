import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import t, { type Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { contentHash } from '../../src/ingest/ingest.js';
import type { Repositories } from '../../src/repositories/index.js';
import type { EventFields } from '../../src/repositories/types.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
const NOW = '2025-07-20T10:00:00.000Z';

interface SeedEvent {
  fields: Partial<EventFields> & Pick<EventFields, 'type' | 'title' | 'startDate'>;
  quote: string;
  dateText: string;
}

/** A small timeline written for this test: five events of four types, each cited by an article. */
const SEED: SeedEvent[] = [
  {
    fields: { type: 'phone_call', title: 'Phone call between Alice Example and Bob Example', startDate: '2025-07-03' },
    quote: 'Alice Example and Bob Example spoke by phone on Thursday about a pause in strikes.',
    dateText: 'on Thursday',
  },
  {
    fields: {
      type: 'drone_strike',
      title: 'Drone strike on Kharkiv',
      startDate: '2025-07-04',
      places: [{ name: 'Kharkiv', countryCode: 'UA', lat: 49.98081, lon: 36.25272 }],
    },
    quote: 'Drones struck apartment blocks in Kharkiv overnight, the regional governor said.',
    dateText: 'overnight',
  },
  {
    fields: {
      type: 'drone_strike',
      title: 'Drone strike on Odesa',
      startDate: '2025-07-06',
      places: [{ name: 'Odesa', countryCode: 'UA', lat: 46.47747, lon: 30.73262 }],
    },
    quote: 'A drone hit the port of Odesa on Sunday morning.',
    dateText: 'on Sunday morning',
  },
  {
    fields: { type: 'ceasefire', title: 'Thirty-day pause on energy strikes', startDate: '2025-07-08', endDate: '2025-08-06' },
    quote: 'Both sides agreed to halt strikes on energy sites for 30 days from July 8.',
    dateText: 'from July 8',
  },
  {
    fields: { type: 'meeting', title: 'Talks planned in Geneva', startDate: '2025-07-15', status: 'planned' },
    quote: 'Delegations will meet in Geneva on July 15, officials said.',
    dateText: 'on July 15',
  },
];

function seed(repos: Repositories): void {
  SEED.forEach(({ fields, quote, dateText }, index) => {
    const body = `${quote} Officials gave no further details.`;
    const articleId = repos.articles.insert({
      title: `Report ${index + 1}: ${fields.title}`,
      body,
      url: `https://news.example.com/report-${index + 1}`,
      source: 'Example News',
      publishedAt: fields.startDate,
      referenceAt: `${fields.startDate}T00:00:00.000Z`,
      ingestedAt: NOW,
      contentHash: contentHash(`Report ${index + 1}`, body),
    });
    const eventId = repos.events.insert(
      {
        summary: quote,
        endDate: fields.startDate,
        datePrecision: 'day',
        dateCertainty: 'relative',
        status: 'occurred',
        confidence: 0.8,
        actors: [],
        places: [],
        ...fields,
      },
      NOW,
    );
    repos.events.addMention(eventId, articleId, { quote, charStart: 0, charEnd: quote.length, dateText, confidence: 0.8 }, NOW);
  });
}

async function startServer(t: Test): Promise<string> {
  const app = await buildApp(loadConfig({ DATABASE_URL: ':memory:', LOG_LEVEL: 'silent', SEED: 'false' }));
  t.teardown(() => app.close());
  seed(app.repos);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

/** Debian's Chromium with a fresh profile (Playwright takes the profile directory itself). */
async function launchBrowser(t: Test): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
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
  t.teardown(async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  });
  return browser;
}

const itemCount = (page: Page, selector = '.vis-item.vis-point, .vis-item.vis-range') => page.locator(`#timeline ${selector}`).count();

t.test('the timeline page in headless Chromium', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium)` }, async (t) => {
  const origin = await startServer(t);
  const browser = await launchBrowser(t);
  const page = await browser.newPage();
  const problems: string[] = [];
  const offsite: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Runs in the page before its scripts (a string: this project compiles without DOM types).
  await page.addInitScript(`
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(event.violatedDirective + ' ' + event.sourceFile));
  `);
  page.on('console', (message) => {
    // CSP refusals are checked one by one below, from the violation events.
    if (message.type() === 'error' && !/Content Security Policy/.test(message.text())) problems.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) offsite.push(request.url());
  });

  const response = await page.goto(origin + '/');
  t.equal(response?.status(), 200);
  t.match(response?.headers()['content-security-policy'], /script-src 'self'/);
  await page.locator('#status', { hasText: /Showing 5 events/ }).waitFor();

  t.equal(await itemCount(page), 5, 'every seeded event is on the timeline');
  for (const { fields } of SEED) t.ok(await page.getByText(fields.title, { exact: true }).count(), `shows "${fields.title}"`);
  t.equal(await itemCount(page, '.vis-item.type-drone_strike:not(.vis-dot)'), 2, 'items carry their type for colour');
  const ceasefireColour = await page.evaluate("getComputedStyle(document.querySelector('#timeline .vis-item.vis-range.type-ceasefire')).backgroundColor");
  t.equal(ceasefireColour, 'rgb(89, 161, 79)', 'a ceasefire is drawn in its legend colour');
  t.equal(await page.locator('#type-list .type-option').count(), 15, 'the legend lists every type');
  t.ok(await page.evaluate("document.getElementById('histogram').width > 0"), 'the histogram is drawn');
  t.equal(await page.evaluate("Chart.getChart('histogram').data.datasets.length"), 4, 'one stacked series per type present');

  // Filter to drone strikes: fewer items, and the URL says so.
  await page.click('#types-none');
  await page.locator('#status', { hasText: /Select at least one/ }).waitFor();
  await page.check('#type-list input[value="drone_strike"]');
  await page.locator('#status', { hasText: /Showing 2 events/ }).waitFor();
  t.equal(await itemCount(page), 2, 'only the drone strikes remain');
  t.equal(new URL(page.url()).searchParams.get('type'), 'drone_strike', 'the filter is in the URL');

  // Text filters too, applied with the form.
  await page.fill('#place', 'odesa');
  await page.click('button[type="submit"]');
  await page.locator('#status', { hasText: /Showing 1 event\./ }).waitFor();
  t.equal(new URL(page.url()).searchParams.get('place'), 'odesa');
  const csvLink = new URL((await page.locator('.downloads a[data-format="csv"]').getAttribute('href'))!, origin);
  t.same(Object.fromEntries(csvLink.searchParams), { type: 'drone_strike', place: 'odesa', format: 'csv' }, 'downloads follow the filters');
  const download = await page.request.get(csvLink.toString());
  t.match(download.headers()['content-disposition'], /attachment; filename="chronicle-events\.csv"/);
  t.equal((await download.text()).trim().split('\n').length, 2, 'a header and the one event');

  // Open the detail panel: the mention, its quote and a link to the source.
  await page.locator('#timeline .vis-item.vis-point.type-drone_strike').click();
  await page.waitForSelector('#detail:not([hidden]) .mention');
  t.match(await page.locator('#detail h2').textContent(), 'Drone strike on Odesa');
  t.match(await page.locator('#detail blockquote').textContent(), 'A drone hit the port of Odesa on Sunday morning.');
  t.equal(await page.locator('#detail blockquote mark').textContent(), 'on Sunday morning', 'the date words are marked');
  t.equal(await page.locator('#detail .mention a').getAttribute('href'), 'https://news.example.com/report-3');
  const shared = new URL(page.url());
  t.ok(shared.searchParams.get('event')?.startsWith('evt_'), 'the open event is in the URL');

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'timeline-detail.png'), fullPage: true });

  // A shared URL restores the same view, detail panel included.
  const second = await browser.newPage();
  await second.goto(shared.toString());
  await second.waitForSelector('#detail:not([hidden]) .mention');
  t.equal(await itemCount(second), 1);
  t.equal(await second.inputValue('#place'), 'odesa');
  t.equal(await second.locator('#type-list input:checked').count(), 1);

  // The unfiltered view for the record.
  await page.goto(origin + '/');
  await page.locator('#status', { hasText: /Showing 5 events/ }).waitFor();
  await page.locator('#timeline .vis-item.type-ceasefire').first().click();
  await page.waitForSelector('#detail:not([hidden]) .mention');
  await page.screenshot({ path: join(ARTIFACTS, 'timeline.png'), fullPage: true });

  t.same(problems, [], 'no script errors');
  // The standalone vis-timeline build tries to inject its CSS as inline <style> elements; the
  // policy refuses them by design (the page links the same CSS as a file). Nothing else may be refused.
  const violations = (await page.evaluate('cspViolations')) as string[];
  t.same(
    [...new Set(violations)],
    [`style-src-elem ${origin}/assets/vendor/vis-timeline.min.js`],
    'the only CSP refusals are the inline styles of vis-timeline',
  );
  t.same(offsite, [], 'no request leaves the server');
});
