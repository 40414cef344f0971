// Chronicle timeline page: filters in the URL, a vis-timeline of events coloured by type, a
// Chart.js histogram from /v1/timeline, and a detail panel with every citation. No build step;
// vis-timeline and Chart.js are served by this server under /assets/vendor/.
'use strict';

(function () {
  /** Text filters the page keeps in its URL, named as the GET /v1/events parameters they become. */
  const FILTER_FIELDS = ['from', 'to', 'actor', 'place', 'q'];
  const PAGE_SIZE = 1000;
  /** Pages followed at most: vis-timeline stays responsive to about this many items. */
  const MAX_PAGES = 5;
  /** Histogram bucket size by the days shown; /v1/timeline allows 1,000 buckets. */
  const DAY_BUCKETS_UP_TO = 120;
  const WEEK_BUCKETS_UP_TO = 3 * 366;
  const DAY = 86400000;

  const $ = (id) => document.getElementById(id);
  const form = $('filters');
  const statusLine = $('status');
  const typeList = $('type-list');
  const detail = $('detail');
  const detailBody = $('detail-body');

  let eventTypes = [];
  let timeline = null;
  let histogram = null;
  let histogramBuckets = [];
  let loadToken = 0;

  // ---- small DOM helpers (text only: nothing from the API is ever parsed as HTML) ----

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'className') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children || []) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function setStatus(message, isError) {
    statusLine.textContent = message;
    statusLine.classList.toggle('error', Boolean(isError));
  }

  function typeColor(type) {
    return getComputedStyle(document.documentElement).getPropertyValue('--type-' + type).trim() || '#999';
  }

  function typeLabel(type) {
    const entry = eventTypes.find((t) => t.id === type);
    return entry ? entry.label : type;
  }

  // ---- the API ----

  async function api(path) {
    const response = await fetch(path, { headers: { accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detailText = body && body.detail ? body.detail : response.status + ' ' + response.statusText;
      throw new Error(detailText);
    }
    return body;
  }

  // ---- filters <-> URL ----

  function selectedTypes() {
    return Array.from(typeList.querySelectorAll('input[type=checkbox]'))
      .filter((box) => box.checked)
      .map((box) => box.value);
  }

  function readFilters() {
    const filters = {};
    for (const name of FILTER_FIELDS) {
      const value = form.elements[name].value.trim();
      if (value) filters[name] = value;
    }
    const types = selectedTypes();
    if (types.length < eventTypes.length) filters.type = types.join(',');
    return filters;
  }

  /** The download links export exactly what the filters select. */
  function updateDownloads(filters) {
    for (const link of document.querySelectorAll('.downloads a[data-format]')) {
      const params = new URLSearchParams(filters);
      params.set('format', link.dataset.format);
      link.href = '/v1/events?' + params.toString();
    }
  }

  function writeUrl(filters, eventId) {
    updateDownloads(filters);
    const params = new URLSearchParams(filters);
    if (eventId) params.set('event', eventId);
    const query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  }

  function applyUrl() {
    const params = new URLSearchParams(location.search);
    for (const name of FILTER_FIELDS) form.elements[name].value = params.get(name) || '';
    const types = params.has('type') ? params.get('type').split(',').filter(Boolean) : null;
    for (const box of typeList.querySelectorAll('input[type=checkbox]')) box.checked = !types || types.includes(box.value);
    return params.get('event');
  }

  // ---- type legend and filter ----

  function renderTypes() {
    typeList.replaceChildren(
      ...eventTypes.map((type) =>
        el('label', { className: 'type-option type-' + type.id, title: type.description }, [
          el('input', { type: 'checkbox', name: 'type', value: type.id, checked: true }),
          el('span', { className: 'swatch', 'aria-hidden': 'true' }),
          el('span', { text: type.label }),
          el('span', { className: 'count', text: '(' + type.eventCount + ')' }),
        ]),
      ),
    );
  }

  // ---- loading ----

  async function fetchEvents(filters) {
    const params = new URLSearchParams(filters);
    params.set('limit', String(PAGE_SIZE));
    const events = [];
    let cursor = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      if (cursor) params.set('cursor', cursor);
      const body = await api('/v1/events?' + params.toString());
      events.push(...body.data);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    return { events, truncated: Boolean(cursor) };
  }

  function daysBetween(startDate, endDate) {
    return Math.round((Date.parse(endDate) - Date.parse(startDate)) / DAY) + 1;
  }

  function nextDay(day) {
    return new Date(Date.parse(day + 'T00:00:00Z') + DAY).toISOString().slice(0, 10);
  }

  async function load(selectEventId) {
    const token = ++loadToken;
    const filters = readFilters();
    writeUrl(filters, selectEventId);
    if (selectedTypes().length === 0) {
      renderTimeline([]);
      renderHistogram(null);
      setStatus('Select at least one event type.');
      return;
    }
    setStatus('Loading…');
    try {
      const { events, truncated } = await fetchEvents(filters);
      if (token !== loadToken) return;
      renderTimeline(events);
      await loadHistogram(filters, events);
      if (token !== loadToken) return;
      const shown = events.length === 1 ? '1 event' : events.length + ' events';
      setStatus(
        events.length === 0
          ? 'No events match these filters.'
          : truncated
            ? 'Showing the first ' + shown + '; narrow the filters to see the rest.'
            : 'Showing ' + shown + '.',
      );
      if (selectEventId) {
        timeline.setSelection(events.some((e) => e.id === selectEventId) ? [selectEventId] : []);
        await showDetail(selectEventId);
      }
    } catch (error) {
      if (token === loadToken) setStatus(error.message, true);
    }
  }

  // ---- timeline ----

  function itemOf(event) {
    const multiDay = event.endDate > event.startDate;
    const content = el('span', { className: 'item-title', text: event.title });
    return {
      id: event.id,
      content,
      start: event.startDate,
      end: multiDay ? nextDay(event.endDate) : undefined,
      type: multiDay ? 'range' : 'point',
      className: 'type-' + event.type + (event.status === 'planned' ? ' planned' : ''),
    };
  }

  function renderTimeline(events) {
    const items = new vis.DataSet(events.map(itemOf));
    if (!timeline) {
      timeline = new vis.Timeline($('timeline'), items, {
        stack: true,
        zoomMin: DAY,
        orientation: { axis: 'top', item: 'top' },
        margin: { item: { horizontal: 4, vertical: 6 } },
        maxHeight: '70vh',
        minHeight: '320px',
        showCurrentTime: false,
        selectable: true,
      });
      timeline.on('select', (properties) => {
        const id = properties.items[0];
        writeUrl(readFilters(), id);
        if (id) showDetail(id);
        else hideDetail();
      });
    } else {
      timeline.setItems(items);
    }
    if (events.length > 0) timeline.setWindow(...windowFor(events), { animation: false });
  }

  /**
   * The span of the events, padded: at least days on either side so a single day is not drawn
   * in hours, and more on the right, where point items draw their titles.
   */
  function windowFor(events) {
    let first = Infinity;
    let last = -Infinity;
    for (const event of events) {
      first = Math.min(first, Date.parse(event.startDate));
      last = Math.max(last, Date.parse(nextDay(event.endDate)));
    }
    const span = last - first;
    return [new Date(first - Math.max(span * 0.03, 3 * DAY)), new Date(last + Math.max(span * 0.2, 7 * DAY))];
  }

  // ---- histogram ----

  /** The first and last day the events cover. */
  function extentOf(events) {
    let first = events[0].startDate;
    let last = events[0].endDate;
    for (const event of events) {
      if (event.startDate < first) first = event.startDate;
      if (event.endDate > last) last = event.endDate;
    }
    return { first, last };
  }

  function intervalFor(extent) {
    const days = daysBetween(extent.first, extent.last);
    if (days <= DAY_BUCKETS_UP_TO) return 'day';
    if (days <= WEEK_BUCKETS_UP_TO) return 'week';
    return 'month';
  }

  /**
   * Counts over the days the shown events cover (they all overlap the from/to filters), so the
   * bars line up with the timeline however wide the filter dates are.
   */
  async function loadHistogram(filters, events) {
    if (events.length === 0) return renderHistogram(null);
    const extent = extentOf(events);
    const params = new URLSearchParams({ interval: intervalFor(extent), from: extent.first, to: extent.last });
    if (filters.type) params.set('type', filters.type);
    renderHistogram(await api('/v1/timeline?' + params.toString()));
  }

  function renderHistogram(data) {
    histogramBuckets = data ? data.buckets : [];
    const types = eventTypes.filter((type) => histogramBuckets.some((bucket) => bucket.counts[type.id]));
    const chartData = {
      labels: histogramBuckets.map((bucket) => bucket.start),
      datasets: types.map((type) => ({
        label: type.label,
        data: histogramBuckets.map((bucket) => bucket.counts[type.id] || 0),
        backgroundColor: typeColor(type.id),
        stack: 'events',
      })),
    };
    if (!histogram) {
      histogram = new Chart($('histogram'), {
        type: 'bar',
        data: chartData,
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false }, tooltip: { mode: 'index', intersect: false } },
          scales: {
            x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } },
            y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
          },
          onClick: (_event, elements) => {
            const bucket = elements.length > 0 ? histogramBuckets[elements[0].index] : null;
            if (bucket && timeline) timeline.setWindow(bucket.start, nextDay(bucket.end), { animation: false });
          },
        },
      });
    } else {
      histogram.data = chartData;
      histogram.update();
    }
  }

  // ---- detail panel ----

  function hideDetail() {
    detail.hidden = true;
    detailBody.replaceChildren();
  }

  function dateRange(event) {
    const range = event.endDate === event.startDate ? event.startDate : event.startDate + ' – ' + event.endDate;
    return range + ' (' + event.datePrecision + ', ' + event.dateCertainty + ')';
  }

  /** The quote with the date expression highlighted, built from text nodes only. */
  function quoteWithDate(quote, dateText) {
    const at = dateText ? quote.indexOf(dateText) : -1;
    if (at < 0) return [quote];
    return [quote.slice(0, at), el('mark', { text: dateText }), quote.slice(at + dateText.length)];
  }

  function mentionItem(mention) {
    const source = mention.url
      ? el('a', { href: mention.url, target: '_blank', rel: 'noopener noreferrer', text: mention.articleTitle })
      : el('span', { text: mention.articleTitle });
    const meta = [
      mention.publishedAt ? 'published ' + mention.publishedAt : 'no publication time',
      mention.dateText ? 'dated by “' + mention.dateText + '”' : 'no date words',
      'confidence ' + mention.confidence,
    ].join(' · ');
    return el('li', { className: 'mention' }, [
      el('div', {}, [source]),
      el('blockquote', {}, quoteWithDate(mention.quote, mention.dateText)),
      el('div', { className: 'meta', text: meta }),
    ]);
  }

  async function showDetail(id) {
    detail.hidden = false;
    detailBody.replaceChildren(el('p', { text: 'Loading…' }));
    let event;
    try {
      event = await api('/v1/events/' + encodeURIComponent(id));
    } catch (error) {
      detailBody.replaceChildren(el('p', { className: 'status error', text: error.message }));
      return;
    }
    const places = event.places.map((place) =>
      place.lat === null ? place.name : place.name + ' (' + place.lat.toFixed(3) + ', ' + place.lon.toFixed(3) + ')',
    );
    const row = (term, value) => (value ? [el('dt', { text: term }), el('dd', { text: value })] : []);
    detailBody.replaceChildren(
      el('h2', { text: event.title }),
      el('span', { className: 'type-badge type-' + event.type }, [el('span', { className: 'swatch' }), typeLabel(event.type)]),
      el('p', { text: event.summary }),
      el('dl', {}, [
        ...row('When', dateRange(event)),
        ...row('Status', event.status),
        ...row('Actors', event.actors.map((actor) => actor.name).join(', ')),
        ...row('Places', places.join('; ')),
        ...row('Confidence', String(event.confidence)),
        ...row('Codes', 'CAMEO ' + event.codes.cameo + (event.codes.acled ? ' · ACLED ' + event.codes.acled : '')),
        ...row('Sources', event.mentionCount + ' article(s), ' + event.sourceCount + ' source(s)'),
        ...row('Curated', event.curated ? 'yes' : ''),
      ]),
      el('h3', { text: 'Mentions' }),
      el('ol', { className: 'mentions' }, event.mentions.map(mentionItem)),
    );
  }

  // ---- suggestions for actor and place ----

  async function loadSuggestions() {
    const [actors, places] = await Promise.all([api('/v1/actors?limit=500'), api('/v1/places?limit=500')]);
    $('actor-names').replaceChildren(...actors.data.map((actor) => el('option', { value: actor.name })));
    $('place-names').replaceChildren(...places.data.map((place) => el('option', { value: place.name })));
  }

  // ---- wiring ----

  async function start() {
    try {
      eventTypes = (await api('/v1/event-types')).data;
    } catch (error) {
      setStatus('Cannot reach the API: ' + error.message, true);
      return;
    }
    renderTypes();
    const eventId = applyUrl();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      hideDetail();
      load();
    });
    typeList.addEventListener('change', () => {
      hideDetail();
      load();
    });
    $('types-all').addEventListener('click', () => {
      for (const box of typeList.querySelectorAll('input')) box.checked = true;
      load();
    });
    $('types-none').addEventListener('click', () => {
      for (const box of typeList.querySelectorAll('input')) box.checked = false;
      load();
    });
    $('reset').addEventListener('click', () => {
      form.reset();
      for (const box of typeList.querySelectorAll('input')) box.checked = true;
      hideDetail();
      load();
    });
    $('detail-close').addEventListener('click', () => {
      hideDetail();
      if (timeline) timeline.setSelection([]);
      writeUrl(readFilters());
    });
    loadSuggestions().catch(() => {
      // Suggestions are a convenience; the filters work without them.
    });
    await load(eventId);
  }

  start();
})();
