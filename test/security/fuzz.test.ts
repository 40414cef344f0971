import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import t from 'tap';
import { EVENT_TYPE_IDS } from '../../src/domain/taxonomy.js';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';

/**
 * Property-based fuzzing of every operation in the app's own OpenAPI document: values generated
 * from each parameter's and body's schema, mixed with hostile ones (wrong types, huge numbers,
 * invalid UTF-8, lone surrogates, 10,000-level nesting, 10,000-character strings, SQL and FTS5
 * syntax, tampered cursors, impossible dates, unknown parameters). Whatever arrives: no 5xx, every
 * error is problem+json whose `status` is the HTTP status, and the app still answers /health.
 */

const TOKEN = 'fuzz-token';
/** Fixed, so a failure reproduces; fast-check prints the counterexample and its path. */
const SEED = 20_251_121;
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 250);

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
};

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

const LONG = 'x'.repeat(10_000);
const DEEP_ARRAY = '['.repeat(10_000) + ']'.repeat(10_000);
const DEEP_OBJECT = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
/** Deep, but within what JSON.stringify can write; the 10,000-level bodies are sent as raw bytes. */
const deepValue = (): unknown => JSON.parse('['.repeat(1_000) + ']'.repeat(1_000));

/** Strings that break naive SQL, FTS5 query parsing, LIKE patterns, date parsing and numbers. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  LONG,
  `${'a '.repeat(5_000)}`,
  "' OR 1=1 --",
  "'; DROP TABLE events; --",
  '" OR ""="',
  '"',
  '""',
  'NEAR(',
  'NEAR(a b',
  'a NEAR/2 b',
  '*',
  'a*',
  '^',
  '^start',
  'col:term',
  'title:war',
  '(',
  ')',
  '((a)',
  'a AND',
  'OR',
  'NOT a',
  '-a',
  '+',
  '%',
  '_',
  '\\',
  '%_\\',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'a\udc00b',
  '\ufeff',
  '\u202e',
  '😀',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '9999-99-99',
  '2025-00-10',
  '-0001-01-01',
  '275760-09-14',
  '+275760-09-14',
  '2025-W99',
  'last week',
  'next century',
  'yesterday at 25:00',
  '-1',
  '0',
  '1001',
  '1e309',
  '-1e309',
  '1e-400',
  '0x10',
  '1.5',
  'NaN',
  'Infinity',
  '-Infinity',
  '9'.repeat(400),
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'date,-date',
  'phone_call,',
  ',,,',
  `${EVENT_TYPE_IDS.join(',')},nope`,
];

/** Non-string JSON values for body fields. */
const HOSTILE_JSON: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  0.1,
  [],
  [null],
  {},
  { $gt: '' },
  { __proto__: { polluted: true } },
  ['a', 'b'],
];

/** Raw query-string values, sent as written (already percent-encoded, some invalidly). */
const RAW_QUERY_VALUES = ['%ED%A0%80', '%FF%FE', '%C0%AF', '%E2%82', '%', '%zz', '%00', '%2500', '%27%20OR%201%3D1%20--'];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/problem+json',
  '',
];

/** Accept headers: the export formats, weightings, wildcards and garbage. */
const ACCEPT_VALUES = [
  'application/json',
  'text/csv',
  'application/x-ndjson',
  'application/geo+json',
  'text/calendar',
  'text/html',
  '*/*',
  'text/csv;q=0.5, application/x-ndjson;q=0.9',
  'text/csv;q=abc',
  'text/csv;q=-1, */*;q=2',
  ';;;,,,',
  'application/problem+json',
  `text/${'x'.repeat(5_000)}`,
];

/** Request bodies as bytes: invalid UTF-8, deep nesting, broken JSON, a BOM, JSON that is not an object. */
const RAW_BODIES: Buffer[] = [
  Buffer.from([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]),
  Buffer.concat([Buffer.from('{"title":"t","body":"'), Buffer.from([0xed, 0xa0, 0x80, 0xf8, 0x88]), Buffer.from('"}')]),
  Buffer.from(DEEP_ARRAY),
  Buffer.from(DEEP_OBJECT),
  Buffer.from(`{"title":"t","body":${DEEP_ARRAY}}`),
  Buffer.from('{"title":"t","body":"unterminated'),
  Buffer.from('{"title":"t",,}'),
  Buffer.from('\ufeff{"title":"t","body":"b"}'),
  Buffer.from('{"title":"\\ud800","body":"\\udfff lone surrogates"}'),
  Buffer.from('{"title":"t","body":"b","title":"again"}'),
  Buffer.from('{"__proto__":{"admin":true},"title":"t","body":"b"}'),
  Buffer.from('{"constructor":{"prototype":{"admin":true}},"title":"t","body":"b"}'),
  Buffer.from('null'),
  Buffer.from('[]'),
  Buffer.from('"a string"'),
  Buffer.from('1e999'),
  Buffer.from(''),
  Buffer.from('   '),
  Buffer.from('\u0000'),
];

function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  let current = schema;
  while (current.$ref) current = components[current.$ref.replace('#/components/schemas/', '')];
  return current;
}

/** Values a well-behaved client would send for this field, from its schema and name. */
function validValue(schema: Schema, components: Record<string, Schema>, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alt) => validValue(alt, components, name, depth + 1)));
  if (s.allOf) return validValue(s.allOf[0], components, name, depth + 1);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const types = Array.isArray(s.type) ? s.type : [s.type ?? 'string'];
  if (types.includes('null') && types.length > 1) {
    return fc.oneof(fc.constant(null), validValue({ ...s, type: types.filter((x) => x !== 'null') }, components, name, depth));
  }
  switch (types[0]) {
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1_000, max: s.maximum ?? 1_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validValue(s.items ?? {}, components, name, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 3, 3),
      });
    case 'object': {
      const properties = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(properties)) record[key] = validValue(child, components, key, depth + 1);
      return fc.record(record, { requiredKeys: [...required].filter((key) => key in record) });
    }
    default:
      return stringFor(name, s);
  }
}

/** Plausible strings by field name, else any string within the schema's length bounds. */
function stringFor(name: string, s: Schema): fc.Arbitrary<string> {
  const day = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const words = fc
    .array(fc.constantFrom('Kyiv', 'Putin', 'drone', 'strike', 'ceasefire', 'talks', 'Monday', 'phone', 'call', 'Zelenskyy'), { minLength: 1, maxLength: 4 })
    .map((w) => w.join(' '));
  switch (name) {
    case 'from':
    case 'to':
      return fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4)), fc.constantFrom('last week', 'March 2025', 'yesterday'));
    case 'type':
      return fc.subarray([...EVENT_TYPE_IDS], { minLength: 1 }).map((ids) => ids.join(','));
    case 'q':
    case 'actor':
    case 'place':
    case 'title':
    case 'source':
      return words;
    case 'body':
      return fc
        .array(fc.constantFrom('Russian drones struck Kyiv overnight.', 'The leaders spoke by phone on Saturday.', 'Talks will resume on Monday.', 'Troops captured the village last week.'), { minLength: 1, maxLength: 5 })
        .map((sentences) => sentences.join(' '));
    case 'since':
      return fc.oneof(day.map((d) => `${d}T00:00:00Z`), fc.constant('1970-01-01T00:00:00Z'));
    case 'publishedAt':
      return fc.oneof(day, day.map((d) => `${d}T09:30:00+03:00`));
    case 'url':
      return fc.webUrl({ validSchemes: ['https'] });
    default:
      return fc.string({ minLength: Math.max(s.minLength ?? 0, 1), maxLength: Math.min(s.maxLength ?? 40, 40) });
  }
}

/** Query-language fragments (FTS5, SQL, LIKE) mixed with words, for the search and name filters. */
const SYNTAX_TOKENS = ['"', "'", 'NEAR(', 'NEAR/3', '*', '^', 'col:term', 'title:', '(', ')', '{a b}', 'AND', 'OR', 'NOT', '-', '+', ':',
  "' OR 1=1 --", ';', '%', '_', '\\', 'Kyiv', 'drone', 'strike', '\u0000'];
const syntaxSoup = fc
  .tuple(fc.array(fc.constantFrom(...SYNTAX_TOKENS), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ''))
  .map(([tokens, separator]) => tokens.join(separator));
const TEXT_FIELDS = new Set(['q', 'actor', 'place', 'title', 'body', 'source', 'summary']);

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const hostileJson = fc.oneof(hostileString, fc.constantFrom(...HOSTILE_JSON), fc.constant(null).map(deepValue));

/** A JSON body from the schema with, most of the time, one field made hostile or one unknown field added. */
function bodyValue(schema: Schema, components: Record<string, Schema>): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const valid = validValue(s, components);
  if (s.type !== 'object' || !s.properties) return valid;
  const keys = [...Object.keys(s.properties), '__proto__', 'unknownField', 'Title', ''];
  const tampered = fc.tuple(valid, fc.constantFrom(...keys), fc.oneof(hostileJson, syntaxSoup)).map(([value, key, hostile]) => {
    const copy = { ...(value as Record<string, unknown>) };
    Object.defineProperty(copy, key, { value: hostile, enumerable: true, writable: true, configurable: true });
    return copy;
  });
  // Nested items (batch articles) tampered the same way.
  const arrayKey = Object.entries(s.properties).find(([, child]) => resolve(child, components).type === 'array')?.[0];
  const nested = arrayKey
    ? fc.tuple(valid, bodyValue(resolve(s.properties[arrayKey], components).items ?? {}, components)).map(([value, item]) => ({
        ...(value as Record<string, unknown>),
        [arrayKey]: [item],
      }))
    : valid;
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: tampered }, { weight: 2, arbitrary: nested }, { weight: 1, arbitrary: hostileJson });
}

/** Percent-encodes like encodeURIComponent, but sends a lone surrogate as the bytes of its WTF-8 form. */
function encodeLoosely(text: string): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    }
    return encodeURIComponent(char);
  }).join('');
}

/** A value a client might send for the parameter, from its schema (encoded for the query string). */
function validQueryValue(parameter: Parameter, components: Record<string, Schema>, cursors: fc.Arbitrary<string>): fc.Arbitrary<string> {
  if (parameter.name === 'cursor') return cursors.map(encodeLoosely);
  return validValue(parameter.schema, components, parameter.name).map((value) => encodeLoosely(String(value)));
}

/** A hostile value for the parameter: query-language soup for text filters, forged cursors, bad bytes. */
function hostileQueryValue(parameter: Parameter, cursors: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const arbitraries = [
    { weight: 3, arbitrary: hostileString.map(encodeLoosely) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERY_VALUES) },
  ];
  if (parameter.name === 'cursor') arbitraries.push({ weight: 4, arbitrary: cursors.map(encodeLoosely) });
  if (TEXT_FIELDS.has(parameter.name)) arbitraries.push({ weight: 6, arbitrary: syntaxSoup.map(encodeLoosely) });
  return fc.oneof(...arbitraries);
}

/** Cursors: real ones from the seeded data, tampered ones, forged ones of both versions ("." fields, JSON in base64url). */
function cursorArbitrary(real: string[]): fc.Arbitrary<string> {
  const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
  const forged = [
    b64({ k: 1, i: 2, f: 3 }),
    b64({ k: "' OR 1=1 --", i: '"', f: 'x' }),
    b64([1, 2]),
    b64('null'),
    b64('{"k":'),
    b64({ k: 'x'.repeat(900), i: '', f: '' }),
    b64(DEEP_ARRAY.slice(0, 600)),
    'x'.repeat(1_001),
    '====',
    '\u0000',
    '1.',
    '..',
    `1${'A'.repeat(10)}.${'x'.repeat(900)}.y`,
    `1${'A'.repeat(10)}.*.*`,
  ];
  const tampered = fc.tuple(fc.constantFrom(...real), fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([cursor, at, char]) => {
    const i = at % cursor.length;
    return cursor.slice(0, i) + char + cursor.slice(i + 1);
  });
  // A real cursor's key and id swapped for other values, keeping its filter digest: as a version 1
  // cursor ("1", digest, "." fields) or in the version 0 JSON form.
  const reKeyed = fc.tuple(fc.constantFrom(...real), hostileString, fc.boolean()).map(([cursor, value, compact]) => {
    const digest = cursor.slice(1, cursor.indexOf('.'));
    const field = `*${Buffer.from(value).toString('base64url')}`;
    return compact ? `1${digest}.${field}.${field}` : b64({ k: value, i: value, f: digest });
  });
  return fc.oneof(fc.constantFrom(...real), fc.constantFrom(...forged), tampered, reKeyed, fc.string({ maxLength: 50 }));
}

interface Case {
  options: InjectOptions;
  description: string;
}

function operationCases(
  operation: Operation,
  components: Record<string, Schema>,
  ids: string[],
  cursors: fc.Arbitrary<string>,
): fc.Arbitrary<Case> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const pathValues = fc.tuple(
    ...pathParameters.map(() =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...ids) },
        { weight: 2, arbitrary: hostileString.map(encodeLoosely) },
        { weight: 1, arbitrary: fc.constantFrom('%00', '..%2F..%2Fetc', '%FF', '%ED%A0%80', '%', 'a%2Fb', '.', '..') },
      ),
    ),
  );
  // Mostly one hostile parameter among valid ones, so the hostile value gets past validation of
  // the others and reaches the code behind it; sometimes all hostile, unknown or repeated ones.
  const query = fc
    .tuple(fc.subarray(queryParameters), fc.constantFrom('valid', 'one', 'one', 'one', 'all', 'unknown', 'repeat'), fc.nat())
    .chain(([chosen, mode, pick]) =>
      fc
        .tuple(
          fc.tuple(...chosen.map((p) => validQueryValue(p, components, cursors))),
          fc.tuple(...chosen.map((p) => hostileQueryValue(p, cursors))),
          fc.tuple(fc.constantFrom('unknown', 'LIMIT', 'q[]', 'a.b', '__proto__', 'callback', ''), hostileString.map(encodeLoosely)),
        )
        .map(([valid, hostile, [unknownKey, unknownValue]]) => {
          const values = chosen.map((_, i) => (mode === 'all' || (mode === 'one' && i === pick % chosen.length) ? hostile[i] : valid[i]));
          const pairs = chosen.map((p, i) => `${p.name}=${values[i]}`);
          // A parameter given twice arrives as an array: a wrong type.
          if (mode === 'repeat' && chosen.length > 0) pairs.push(`${chosen[0].name}=${values[0]}`);
          if (mode === 'unknown') pairs.push(`${encodeURIComponent(unknownKey)}=${unknownValue}`);
          return pairs.join('&');
        }),
    );
  const body = operation.body
    ? fc.oneof(
        { weight: 5, arbitrary: bodyValue(operation.body, components).map((value) => ({ payload: JSON.stringify(value) as string | Buffer, type: 'application/json' })) },
        { weight: 2, arbitrary: fc.record({ payload: fc.constantFrom(...RAW_BODIES), type: fc.constantFrom(...CONTENT_TYPES) }) },
        { weight: 1, arbitrary: fc.record({ payload: fc.constant(Buffer.from('{"title":"t","body":"b"}')), type: fc.constantFrom(...CONTENT_TYPES) }) },
      )
    : fc.constant(undefined);

  const accept = fc.option(fc.constantFrom(...ACCEPT_VALUES), { nil: undefined, freq: 2 });
  return fc.tuple(pathValues, query, body, accept).map(([pathValueList, queryString, requestBody, acceptHeader]) => {
    let index = 0;
    const path = operation.path.replace(/\{[^}]+\}/g, () => String(pathValueList[index++]));
    const url = queryString ? `${path}?${queryString}` : path;
    const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` };
    if (requestBody?.type) headers['content-type'] = requestBody.type;
    if (acceptHeader) headers.accept = acceptHeader;
    const payloadPreview = requestBody ? String(requestBody.payload).slice(0, 200) : '';
    return {
      options: {
        method: operation.method.toUpperCase() as InjectOptions['method'],
        url,
        headers,
        ...(requestBody ? { payload: requestBody.payload } : {}),
      },
      description: `${operation.method.toUpperCase()} ${url.slice(0, 300)} ${requestBody?.type ?? ''} accept=${String(acceptHeader).slice(0, 60)} ${payloadPreview}`,
    };
  });
}

/** What every response must satisfy, whatever was sent. */
function checkResponse(response: LightMyRequestResponse, description: string): void {
  const what = description.slice(0, 400);
  if (response.statusCode >= 500) throw new Error(`${response.statusCode} for ${what}\n${response.body.slice(0, 500)}`);
  if (response.statusCode >= 400) {
    if (!PROBLEM_TYPE.test(String(response.headers['content-type']))) {
      throw new Error(`${response.statusCode} without problem+json (${response.headers['content-type']}) for ${what}`);
    }
    const problem = response.json() as { status?: unknown; title?: unknown; detail?: unknown };
    if (problem.status !== response.statusCode) throw new Error(`problem status ${problem.status} != ${response.statusCode} for ${what}`);
    if (typeof problem.title !== 'string' || typeof problem.detail !== 'string') throw new Error(`problem without title/detail for ${what}`);
    if (/SQLITE|\bat \S+\.(ts|js):\d+|SELECT .* FROM/i.test(response.body)) throw new Error(`internals leaked for ${what}: ${response.body.slice(0, 300)}`);
  }
}

async function seed(app: FastifyInstance): Promise<{ ids: string[]; cursors: string[] }> {
  const sentences = [
    'Russian drones struck Kyiv overnight, officials said on Sunday.',
    'Vladimir Putin and Donald Trump spoke by phone on Thursday.',
    'Ukrainian forces captured the village of Example last week.',
    'The two sides agreed a 30-day ceasefire on energy infrastructure on Tuesday.',
  ];
  const articles = Array.from({ length: 12 }, (_, i) => ({
    title: `Seed article ${i}`,
    body: `${sentences[i % sentences.length]} ${sentences[(i + 1) % sentences.length]} Item ${i}.`,
    publishedAt: `2025-0${(i % 9) + 1}-1${i % 10}T08:00:00Z`,
    url: `https://fuzz.example/${i}`,
  }));
  const batch = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    payload: { articles },
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  if (batch.statusCode !== 200) throw new Error(`seeding failed: ${batch.body}`);
  const articleIds = (batch.json() as { results: Array<{ article: { id: string } }> }).results.map((r) => r.article.id);
  const events = (await app.inject({ url: '/v1/events?limit=1000' })).json() as { data: Array<{ id: string }> };
  const cursors: string[] = [];
  for (const url of ['/v1/events?limit=2', '/v1/events?limit=1&sort=-date', '/v1/articles?limit=3', '/v1/events?limit=1&q=drones']) {
    const page = (await app.inject({ url })).json() as { nextCursor: string | null };
    if (page.nextCursor) cursors.push(page.nextCursor);
  }
  return { ids: [...articleIds, ...events.data.map((e) => e.id), 'evt_00000000000000000000000000', 'art_x'], cursors };
}

t.test('every operation survives generated and hostile input', async (t) => {
  const app = await testApp(t, { API_TOKEN: TOKEN, RATE_LIMIT_MAX: '0', RATE_LIMIT_WRITES: '0', RATE_LIMIT_READS: '0' });
  await app.ready();
  const document = app.swagger() as {
    paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
    components: { schemas: Record<string, Schema> };
  };
  const components = document.components.schemas;
  const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method,
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content['application/json']?.schema,
    })),
  );
  t.ok(operations.length >= 14, `${operations.length} operations in the document`);

  const { ids, cursors } = await seed(app);
  t.ok(cursors.length >= 2, 'real cursors to tamper with');
  const cursorValues = cursorArbitrary(cursors);

  let requests = 0;
  const statuses = new Map<number, number>();
  const started = Date.now();
  for (const operation of operations) {
    // Deletions are cheap and change what later cases see; extraction is costly: fewer runs there.
    const runs = operation.body ? Math.ceil(RUNS_PER_OPERATION / 2) : RUNS_PER_OPERATION;
    await fc.assert(
      fc.asyncProperty(operationCases(operation, components, ids, cursorValues), async ({ options, description }) => {
        const response = await app.inject(options);
        requests++;
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        checkResponse(response, description);
      }),
      { seed: SEED, numRuns: runs, endOnFailure: true },
    );
    t.pass(`${operation.method.toUpperCase()} ${operation.path}: ${runs} cases`);
  }
  t.comment(`${requests} requests in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  t.ok(requests >= 2_000, 'thousands of cases');
  t.ok([...statuses.keys()].some((s) => s >= 200 && s < 300), 'some requests were valid');
  t.ok([...statuses.keys()].some((s) => s === 400), 'some were rejected');

  const health = await app.inject({ url: '/health' });
  t.equal(health.statusCode, 200, 'the app still answers /health');
  const ready = await app.inject({ url: '/ready' });
  t.equal(ready.statusCode, 200, 'and its database is still writable');
  t.equal(app.db.pragma('integrity_check', { simple: true }), 'ok', 'the database is intact');
});

t.test('unknown methods and paths, and malformed URLs, are problems too', async (t) => {
  const app = await testApp(t, { API_TOKEN: TOKEN, RATE_LIMIT_MAX: '0', RATE_LIMIT_WRITES: '0', RATE_LIMIT_READS: '0' });
  const requests: InjectOptions[] = [
    { method: 'PUT', url: '/v1/events' },
    { method: 'PATCH', url: '/v1/articles' },
    { method: 'DELETE', url: '/v1/event-types' },
    { method: 'POST', url: '/v1/timeline', payload: {} },
    { method: 'GET', url: '/v1/%' },
    { method: 'GET', url: '/v1/events/%E0%A4%A' },
    { method: 'GET', url: '/v1/articles/%ED%A0%80' },
    { method: 'GET', url: `/v1/events/${'x'.repeat(5_000)}` },
    { method: 'GET', url: '/v1/events?%=1' },
    { method: 'GET', url: '/v1/events?limit=%' },
    { method: 'GET', url: `/v1/events?${'a=1&'.repeat(2_000)}` },
    { method: 'GET', url: '//v1//events' },
    { method: 'GET', url: '/v1/events/../../etc/passwd' },
    { method: 'OPTIONS', url: '/v1/events' },
  ];
  for (const options of requests) {
    const response = await app.inject({ ...options, headers: { authorization: `Bearer ${TOKEN}` } });
    t.doesNotThrow(() => checkResponse(response, `${options.method} ${options.url}`), `${options.method} ${String(options.url).slice(0, 60)} → ${response.statusCode}`);
  }
});
