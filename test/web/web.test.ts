import t from 'tap';
import { CONTENT_SECURITY_POLICY } from '../../src/plugins/web.js';
import { testApp } from '../helpers/app.js';

t.test('the page is served with a strict security policy', async (t) => {
  const app = await testApp(t);
  const page = await app.inject({ method: 'GET', url: '/' });
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /^text\/html/);
  t.match(page.body, /<div id="timeline"/);
  t.notMatch(page.body, /<script>|<style|style="|https?:\/\/(?!www\.w3\.org)/, 'no inline script or style, nothing from another host');
  t.equal(page.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  t.match(CONTENT_SECURITY_POLICY, /script-src 'self'/);
  t.match(CONTENT_SECURITY_POLICY, /style-src 'self'/);
  t.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
  t.notMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
  t.equal(page.headers['x-content-type-options'], 'nosniff');
  t.equal(page.headers['referrer-policy'], 'no-referrer');
  t.equal(page.headers['cache-control'], 'no-cache');

  const api = await app.inject({ method: 'GET', url: '/v1/event-types' });
  t.equal(api.statusCode, 200);
  t.notOk(api.headers['content-security-policy'], 'the API responses are left as they are');
});

t.test('the page assets and the bundled libraries come from this server', async (t) => {
  const app = await testApp(t);
  const expected: Array<[string, RegExp, RegExp]> = [
    ['/assets/app.js', /javascript/, /\/v1\/events/],
    ['/assets/app.css', /^text\/css/, /--type-drone_strike/],
    ['/assets/vendor/vis-timeline.min.js', /javascript/, /vis-timeline and vis-graph2d/],
    ['/assets/vendor/vis-timeline.min.css', /^text\/css/, /\.vis-timeline/],
    ['/assets/vendor/chart.umd.js', /javascript/, /Chart\.js/],
  ];
  for (const [url, type, content] of expected) {
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.statusCode, 200, url);
    t.match(response.headers['content-type'], type, `${url} content type`);
    t.match(response.body, content, `${url} content`);
    t.equal(response.headers['x-content-type-options'], 'nosniff');
  }
  const vendor = await app.inject({ method: 'GET', url: '/assets/vendor/chart.umd.js' });
  t.equal(vendor.headers['cache-control'], 'public, max-age=86400', 'libraries may be cached for a day');
  t.ok(vendor.headers.etag, 'and revalidated by ETag');

  for (const url of ['/assets/vendor/package.json', '/assets/vendor/%2e%2e%2f%2e%2e%2fpackage.json', '/assets/index.html', '/assets/vendor/chart.cjs']) {
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.statusCode, 404, `${url} is not served`);
  }
});

t.test('every vendor file the page links exists', async (t) => {
  const app = await testApp(t);
  const html = (await app.inject({ method: 'GET', url: '/' })).body;
  const links = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  t.equal(links.length, 5);
  for (const link of links) t.equal((await app.inject({ method: 'GET', url: link })).statusCode, 200, link);
});
