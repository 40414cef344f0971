import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import t from 'tap';
import { csvField, CSV_HEADERS } from '../../src/formats/csv.js';
import { foldLine } from '../../src/formats/ics.js';
import {
  coalesce,
  EXPORT_FORMAT_IDS,
  EXPORT_FORMATS,
  exportFilename,
  pickFormat,
  serialize,
  type ApiEvent,
  type ExportEvent,
  type ExportFormat,
} from '../../src/formats/index.js';
import { timelineDate } from '../../src/formats/timelinejs.js';
import { extractedCall } from '../helpers/events.js';

/** The shared extracted call (test/helpers/events.ts) as the API serves it once stored. */
function event(overrides: Partial<ApiEvent> = {}): ApiEvent {
  const { mention: _mention, ...fields } = extractedCall();
  return {
    id: 'evt_call',
    ...fields,
    confidence: 0.86,
    codes: { cameo: '041', acled: null },
    mentionCount: 2,
    sourceCount: 2,
    curated: false,
    createdAt: '2025-07-04T08:12:09.120Z',
    updatedAt: '2025-07-04T10:40:51.005Z',
    ...overrides,
  };
}

/** Text that breaks naive writers: separators, quotes, line breaks, formulas, non-ASCII. */
const tricky = event({
  id: 'evt_strike',
  type: 'drone_strike',
  title: '=HYPERLINK("http://evil.example") "Drones", Kharkiv; Kyiv',
  summary: 'First line, with comma; and semicolon\\backslash.\nSecond line — Київ і Харків, 🚀 '.repeat(3),
  actors: [{ name: '+Russia', kind: 'country' }],
  places: [
    { name: 'Kharkiv', countryCode: 'UA', lat: 49.98081, lon: 36.25272 },
    { name: 'Nowhere Known', countryCode: null, lat: null, lon: null },
    { name: 'Kyiv', countryCode: 'UA', lat: 50.45466, lon: 30.5238 },
  ],
});
const monthly = event({
  id: 'evt_aid',
  type: 'aid_decision',
  title: '-Aid approved',
  startDate: '2024-12-01',
  endDate: '2024-12-31',
  datePrecision: 'month',
  status: 'planned',
  actors: [],
});
const yearly = event({ id: 'evt_year', type: 'sanctions', startDate: '2022-01-01', endDate: '2022-12-31', datePrecision: 'year' });
const truce = event({ id: 'evt_truce', type: 'ceasefire', title: '@Truce for 30 days', startDate: '2025-03-18', endDate: '2025-04-16' });
const weekly = event({ id: 'evt_week', type: 'meeting', startDate: '2025-06-30', endDate: '2025-07-06', datePrecision: 'week' });
const EVENTS = [tricky, monthly, yearly, truce, weekly];

const text = (format: ExportFormat, events: Iterable<ExportEvent> = EVENTS, title?: string) =>
  [...serialize(format, events, { title })].join('');

t.test('csv: a header, one row per event, RFC 4180 quoting, formulas disarmed', async (t) => {
  const csv = text('csv');
  t.ok(csv.endsWith('\r\n'), 'CRLF line endings');
  const rows = parseCsv(csv, { columns: true }) as Array<Record<string, string>>;
  t.same(Object.keys(rows[0]), CSV_HEADERS);
  t.equal(rows.length, EVENTS.length);
  t.equal(rows[0].title, `'${tricky.title}`, 'a leading = is prefixed with a quote; quotes and commas survive');
  t.equal(rows[0].summary, tricky.summary, 'line breaks and non-ASCII survive quoting');
  t.equal(rows[0].places, 'Kharkiv; Nowhere Known; Kyiv');
  t.equal(rows[0].actors, "'+Russia", 'a leading + is disarmed');
  t.equal(rows[1].title, "'-Aid approved");
  t.equal(rows[3].title, "'@Truce for 30 days");
  t.equal(rows[2].actors, 'Alice Example; Bob Example');
  t.equal(rows[1].acled, '', 'null is an empty field');
  t.equal(rows[1].startDate, '2024-12-01');
  t.equal(rows[0].confidence, '0.86', 'numbers are not prefixed');
  t.equal(csvField('\tcmd'), "'\tcmd");
  t.equal(csvField(-1), '-1');
  t.equal(text('csv', []), CSV_HEADERS.join(',') + '\r\n', 'no events: the header alone');
});

t.test('ndjson: one parseable event per line, identical to the API object', async (t) => {
  const lines = text('ndjson').split('\n');
  t.equal(lines.pop(), '', 'ends with a newline');
  t.equal(lines.length, EVENTS.length);
  t.same(lines.map((line) => JSON.parse(line)), EVENTS);
  t.equal(text('ndjson', []), '');
});

t.test('ndjson is produced lazily: a million events never exist at once', async (t) => {
  let produced = 0;
  function* many() {
    for (let i = 0; i < 1_000_000; i++) {
      produced++;
      yield event({ id: `evt_${i}` });
    }
  }
  const chunks = serialize('ndjson', many())[Symbol.iterator]();
  chunks.next();
  chunks.next();
  t.equal(produced, 2, 'each event is read only when its line is wanted');
});

t.test('geojson: a FeatureCollection with one Point per located (event, place)', async (t) => {
  const collection = JSON.parse(text('geojson'));
  t.equal(collection.type, 'FeatureCollection');
  t.equal(collection.features.length, 2, 'two located places of one event; unlocated places and events left out');
  const [kharkiv, kyiv] = collection.features;
  for (const feature of collection.features) {
    t.equal(feature.type, 'Feature');
    t.equal(feature.geometry.type, 'Point');
    t.equal(feature.geometry.coordinates.length, 2);
    const [lon, lat] = feature.geometry.coordinates;
    t.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, 'longitude first, latitude second');
    t.equal(feature.properties.eventId, tricky.id);
    t.equal(feature.properties.type, 'drone_strike');
  }
  t.same(kharkiv.geometry.coordinates, [36.25272, 49.98081]);
  t.equal(kharkiv.properties.place, 'Kharkiv');
  t.equal(kyiv.properties.place, 'Kyiv');
  t.not(kharkiv.id, kyiv.id, 'feature ids are unique');
  t.same(kharkiv.properties.actors, ['+Russia']);
  t.same(JSON.parse(text('geojson', [])), { type: 'FeatureCollection', features: [] });
});

t.test('ics: a valid RFC 5545 calendar of all-day events', async (t) => {
  const ics = text('ics', EVENTS, 'Chronicle, Ukraine');
  const lines = ics.split('\r\n');
  t.equal(lines.pop(), '', 'ends with CRLF');
  t.notOk(/[^\r]\n/.test(ics), 'every line break is CRLF');
  for (const line of lines) t.ok(Buffer.byteLength(line, 'utf8') <= 75, `line within 75 octets: ${line.slice(0, 30)}`);
  t.ok(lines.some((line) => line.startsWith(' ')), 'long lines are folded');

  const calendar = new ICAL.Component(ICAL.parse(ics));
  t.equal(calendar.name, 'vcalendar');
  t.equal(calendar.getFirstPropertyValue('version'), '2.0');
  // ical.js leaves X- properties raw (their type is unknown to it): the escaped TEXT shows.
  t.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Chronicle\\, Ukraine');
  const vevents = calendar.getAllSubcomponents('vevent');
  t.equal(vevents.length, EVENTS.length);
  const byUid = new Map(vevents.map((vevent) => [String(vevent.getFirstPropertyValue('uid')), new ICAL.Event(vevent)]));

  const strike = byUid.get('evt_strike@chronicle')!;
  t.equal(strike.summary, tricky.title, 'SUMMARY unescapes to the title');
  t.match(strike.description, tricky.summary.trimEnd(), 'DESCRIPTION carries the summary, newlines and all');
  t.ok(strike.startDate.isDate, 'all-day: DATE value');
  t.equal(strike.startDate.toString(), '2025-07-03');
  t.equal(strike.endDate.toString(), '2025-07-04', 'DTEND is the exclusive next day');
  t.same(vevents[0].getFirstProperty('categories')!.getValues(), ['drone_strike', 'Drone strike']);
  t.same(vevents[0].getFirstPropertyValue('geo'), [49.98081, 36.25272]);
  t.ok(vevents[0].getFirstPropertyValue('dtstamp'), 'DTSTAMP present');

  const aid = byUid.get('evt_aid@chronicle')!;
  t.equal(aid.startDate.toString(), '2024-12-01');
  t.equal(aid.endDate.toString(), '2025-01-01', 'a month covers all its days; the end crosses the year');
  t.equal(vevents[1].getFirstPropertyValue('status'), 'TENTATIVE', 'planned events are tentative');
  const ceasefire = byUid.get('evt_truce@chronicle')!;
  t.equal(ceasefire.endDate.toString(), '2025-04-17', '30 inclusive days end on the 31st day exclusive');
});

t.test('ics folding never splits a multi-byte character', async (t) => {
  const line = 'DESCRIPTION:' + 'Київ🚀'.repeat(40);
  const folded = foldLine(line);
  const pieces = folded.split('\r\n');
  t.equal(pieces.pop(), '');
  for (const piece of pieces) {
    t.ok(Buffer.byteLength(piece, 'utf8') <= 75);
    t.notOk(piece.includes('\ufffd'));
  }
  t.equal(pieces.map((piece, index) => (index === 0 ? piece : piece.slice(1))).join(''), line, 'unfolding restores the line');
  t.equal(foldLine('SHORT:x'), 'SHORT:x\r\n');
});

t.test('timelinejs: date parts follow the precision, group is the type, sources are media', async (t) => {
  const withSource: ExportEvent = {
    ...truce,
    mentions: [
      {
        articleId: 'art_1',
        articleTitle: 'Truce <agreed> & signed',
        url: 'https://news.example.com/truce',
        publishedAt: '2025-03-18',
        quote: 'They agreed to halt attacks for 30 days.',
        charStart: 0,
        charEnd: 40,
        dateText: 'for 30 days',
        confidence: 0.8,
      },
    ],
  };
  const document = JSON.parse(text('timelinejs', [tricky, monthly, yearly, withSource, weekly], 'Chronicle'));
  t.same(document.title, { text: { headline: 'Chronicle', text: '' } });
  const [strike, aid, sanctions, ceasefire, meeting] = document.events;
  t.same(strike.start_date, { year: 2025, month: 7, day: 3 });
  t.notOk('end_date' in strike, 'a single day has no end date');
  t.equal(strike.group, 'drone_strike');
  t.match(strike.text.headline, /&#61;HYPERLINK|=HYPERLINK/);
  t.notOk(strike.text.headline.includes('"'), 'headline HTML-escaped');
  t.same(aid.start_date, { year: 2024, month: 12 }, 'month precision: no day');
  t.notOk('end_date' in aid, 'the month is the whole span');
  t.same(sanctions.start_date, { year: 2022 }, 'year precision: the year only');
  t.same(ceasefire.start_date, { year: 2025, month: 3, day: 18 });
  t.same(ceasefire.end_date, { year: 2025, month: 4, day: 16 }, 'a range keeps its end');
  t.same(ceasefire.media, { url: 'https://news.example.com/truce', caption: 'Truce <agreed> & signed', link: 'https://news.example.com/truce' });
  t.match(ceasefire.text.text, 'Truce &#60;agreed&#62; &#38; signed', 'source titles are escaped in the HTML text');
  t.same(meeting.start_date, { year: 2025, month: 6, day: 30 }, 'week precision: the full first day');
  t.same(meeting.end_date, { year: 2025, month: 7, day: 6 });
  t.notOk('media' in strike, 'no source, no media');
  t.same(JSON.parse(text('timelinejs', [])), { events: [] }, 'no title when none given');
  t.same(timelineDate('2025-02-09', 'day'), { year: 2025, month: 2, day: 9 });
});

t.test('the format table and content negotiation', async (t) => {
  t.same(EXPORT_FORMAT_IDS, ['csv', 'ndjson', 'geojson', 'ics', 'timelinejs']);
  t.match(EXPORT_FORMATS.csv.contentType, /^text\/csv/);
  t.match(EXPORT_FORMATS.ndjson.contentType, /^application\/x-ndjson/);
  t.match(EXPORT_FORMATS.geojson.contentType, /^application\/geo\+json/);
  t.match(EXPORT_FORMATS.ics.contentType, /^text\/calendar/);
  t.match(EXPORT_FORMATS.timelinejs.contentType, /^application\/json/);

  t.equal(pickFormat('ics', 'text/csv'), 'ics', 'format= wins over Accept');
  t.equal(pickFormat(undefined, undefined), 'json');
  t.equal(pickFormat(undefined, 'text/csv'), 'csv');
  t.equal(pickFormat(undefined, 'application/x-ndjson'), 'ndjson');
  t.equal(pickFormat(undefined, 'application/geo+json'), 'geojson');
  t.equal(pickFormat(undefined, 'text/calendar; charset=utf-8'), 'ics');
  t.equal(pickFormat(undefined, 'text/csv;q=0.5, text/calendar;q=0.9'), 'ics', 'highest q wins');
  t.equal(pickFormat(undefined, 'text/csv, application/json'), 'csv', 'equal q: the first listed');
  t.equal(pickFormat(undefined, 'text/csv;q=0, application/json;q=0.1'), 'json', 'q=0 means not acceptable');
  t.equal(pickFormat(undefined, 'text/html,application/xhtml+xml,*/*;q=0.8'), 'json', 'browsers get JSON');
  t.equal(pickFormat(undefined, 'image/png'), 'json', 'unknown types fall back to JSON');

  t.equal(exportFilename('csv'), 'chronicle-events.csv');
  t.equal(exportFilename('ics', { from: '2025-07-01', to: '2025-07-31' }), 'chronicle-events-2025-07-01-to-2025-07-31.ics');
  t.equal(exportFilename('timelinejs', { from: '2025-07-01' }), 'chronicle-events-2025-07-01-to-end.json');
});

t.test('coalesce joins small chunks without losing or reordering text', async (t) => {
  const pieces = Array.from({ length: 100 }, (_, i) => `line ${i}\n`);
  const joined = [...coalesce(pieces, 100)];
  t.equal(joined.join(''), pieces.join(''));
  t.ok(joined.slice(0, -1).every((chunk) => chunk.length >= 100), 'every piece but the last reaches the minimum');
  t.ok(joined.length < pieces.length / 5);
  t.same([...coalesce([], 10)], [], 'nothing in, nothing out');
});
