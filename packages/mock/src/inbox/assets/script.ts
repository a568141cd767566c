/**
 * The inbox page's script (plain browser JavaScript, no framework, no build step). It never sets
 * innerHTML: every user string goes in as text, and an email's HTML only as the `srcdoc` of a
 * frame sandboxed with `sandbox=""` under a policy without scripts.
 */
export const INBOX_SCRIPT = String.raw`'use strict';
(function () {
  var PAGE = 50;
  var FRAME_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";
  var FRAME_POLICY_IMAGES = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src * data:";
  var state = { view: 'emails', emails: { offset: 0, open: null }, requests: { offset: 0, open: null }, deliveries: { offset: 0, open: null }, images: false };

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'class') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function api(path, init) {
    return fetch('api/' + path, init).then(function (r) { return r.json(); });
  }
  function when(stamp) {
    if (!stamp) return '';
    var iso = String(stamp).replace(' ', 'T').replace(/(\.\d{3})\d*/, '$1').replace(/\+00$/, 'Z');
    var d = new Date(iso);
    return isNaN(d.getTime()) ? String(stamp) : d.toLocaleString();
  }
  function badge(text, cls) { return el('span', { class: 'badge ' + (cls || ''), text: text }); }
  function query(params) {
    return Object.keys(params).filter(function (k) { return params[k] !== '' && params[k] !== undefined; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
  }
  function pager(name, page) {
    var end = Math.min(page.offset + page.items.length, page.total);
    $(name + '-range').textContent = page.total === 0 ? 'none' : (page.offset + 1) + '–' + end + ' of ' + page.total;
    $(name + '-prev').disabled = page.offset === 0;
    $(name + '-next').disabled = end >= page.total;
    $('count-' + name).textContent = '(' + page.total + ')';
  }
  function fill(list, rows) {
    // A refresh replaces the rows: a keyboard user's focus goes back to the row it was on, not to the page.
    var focused = document.activeElement;
    var id = focused && list.contains(focused) ? focused.getAttribute('data-id') : null;
    list.replaceChildren.apply(list, rows.length ? rows : [el('li', { class: 'empty', text: 'Nothing yet.' })]);
    var again = id && list.querySelector('.row[data-id="' + CSS.escape(id) + '"]');
    if (again) again.focus();
  }
  function row(id, current, lines) {
    var button = el('button', { type: 'button', class: 'row', 'data-id': String(id) }, lines);
    if (current) button.setAttribute('aria-current', 'true');
    return el('li', {}, [button]);
  }

  // Emails
  function emailRow(e) {
    var groups = [];
    if (e.request && (e.batch || e.request.size > 1)) groups.push(badge('batch #' + e.request.id + ' · ' + e.request.size, 'group'));
    if (e.replays > 0) groups.push(badge('replayed ×' + e.replays, 'group'));
    if (e.attachments > 0) groups.push(badge(e.attachments + ' attachment' + (e.attachments > 1 ? 's' : '')));
    return row(e.id, state.emails.open === e.id, [
      el('span', { class: 'line' }, [el('span', { class: 'grow subject', text: e.subject || '(no subject)' }), badge(e.last_event, 's-' + e.last_event)]),
      el('span', { class: 'line muted' }, [el('span', { class: 'grow', text: e.from + ' → ' + e.to.join(', ') }), el('span', { text: when(e.created_at) })]),
      groups.length || e.tags.length ? el('span', { class: 'line' }, groups.concat(e.tags.map(function (t) { return badge(t.name + ':' + t.value); }))) : null,
    ]);
  }
  function loadEmails() {
    var q = query({ q: $('q').value.trim(), status: $('status').value, offset: state.emails.offset, limit: PAGE });
    return api('emails?' + q).then(function (page) {
      fill($('emails'), page.items.map(emailRow));
      pager('emails', page);
    });
  }
  function field(dl, label, value) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return;
    dl.appendChild(el('dt', { text: label }));
    dl.appendChild(el('dd', { text: Array.isArray(value) ? value.join(', ') : String(value) }));
  }
  function frameFor(html) {
    var frame = el('iframe', { sandbox: '', title: 'Email HTML body', referrerpolicy: 'no-referrer' });
    var policy = state.images ? FRAME_POLICY_IMAGES : FRAME_POLICY;
    frame.srcdoc = '<meta http-equiv="Content-Security-Policy" content="' + policy + '">' + html;
    return frame;
  }
  function htmlSection(detail, html) {
    var box = el('div', { id: 'email-html' });
    var toggle = el('input', { type: 'checkbox', id: 'images' });
    toggle.checked = state.images;
    toggle.addEventListener('change', function () { state.images = toggle.checked; box.replaceChild(frameFor(html), box.lastChild); });
    box.appendChild(el('div', { class: 'frame-bar' }, [toggle, el('label', { for: 'images', text: 'Load remote images' }),
      el('span', { class: 'muted', text: state.images ? '' : 'Remote images are blocked; scripts never run.' })]));
    box.appendChild(frameFor(html));
    detail.appendChild(box);
  }
  function showEmail(d) {
    var e = d.email;
    var detail = $('email-detail');
    var dl = el('dl');
    field(dl, 'From', e.from); field(dl, 'To', e.to); field(dl, 'Cc', e.cc); field(dl, 'Bcc', e.bcc);
    field(dl, 'Reply-To', e.reply_to); field(dl, 'Created', when(e.created_at)); field(dl, 'Scheduled for', e.scheduled_at && when(e.scheduled_at));
    field(dl, 'Idempotency key', e.idempotency_key); field(dl, 'Message-ID', e.message_id); field(dl, 'ID', e.id);
    if (d.summary.request) field(dl, 'Request', '#' + d.summary.request.id + (d.summary.request.size > 1 ? ' (batch of ' + d.summary.request.size + ')' : ''));
    if (d.summary.replays) field(dl, 'Replays', d.summary.replays + ' idempotent replay(s) answered with this email');
    var head = el('div', { class: 'line' }, [badge(e.last_event, 's-' + e.last_event)]);
    if (e.last_event === 'scheduled') {
      var cancel = el('button', { type: 'button', id: 'cancel-email', text: 'Cancel scheduled email' });
      cancel.addEventListener('click', function () { api('emails/' + encodeURIComponent(e.id) + '/cancel', { method: 'POST' }).then(function () { openEmail(e.id); }); });
      head.appendChild(cancel);
    }
    var parts = [el('h2', { id: 'email-subject', text: e.subject || '(no subject)' }), head, dl];
    if (e.tags.length) parts.push(el('h3', { text: 'Tags' }), el('p', {}, e.tags.map(function (t) { return badge(t.name + ':' + t.value); })));
    detail.replaceChildren.apply(detail, parts);
    detail.appendChild(el('h3', { text: 'HTML' }));
    if (e.html !== null) htmlSection(detail, e.html); else detail.appendChild(el('p', { class: 'empty', text: 'No HTML part.' }));
    detail.appendChild(el('h3', { text: 'Text' }));
    detail.appendChild(e.text !== null ? el('pre', { id: 'email-text', text: e.text }) : el('p', { class: 'empty', text: 'No text part.' }));
    if (e.headers) {
      detail.appendChild(el('h3', { text: 'Headers' }));
      detail.appendChild(el('table', {}, Object.keys(e.headers).map(function (k) { return el('tr', {}, [el('th', { scope: 'row', text: k }), el('td', { text: String(e.headers[k]) })]); })));
    }
    if (d.attachments.length) {
      detail.appendChild(el('h3', { text: 'Attachments' }));
      detail.appendChild(el('ul', {}, d.attachments.map(function (a, i) {
        var label = a.filename + (a.size !== null ? ' (' + a.size + ' bytes)' : '') + (a.contentType ? ' · ' + a.contentType : '');
        if (a.size === null) return el('li', { text: label + ' · given by URL, not fetched' });
        return el('li', {}, [el('a', { href: 'api/emails/' + encodeURIComponent(e.id) + '/attachments/' + i, download: a.filename, text: label })]);
      })));
    }
    detail.appendChild(el('h3', { text: 'Raw JSON (GET /emails/{id})' }));
    detail.appendChild(el('pre', { id: 'email-json', text: JSON.stringify(d.api, null, 2) }));
  }
  function openEmail(id) {
    state.emails.open = id;
    return api('emails/' + encodeURIComponent(id)).then(function (d) {
      if (d && d.email) showEmail(d); else $('email-detail').replaceChildren(el('p', { class: 'empty', text: 'This email is gone.' }));
      markCurrent($('emails'), id);
    });
  }


  // The request rate: one bar per second (429s in red on top), against the limit per second.
  // The page's own <svg> gives the namespace, so the script names no URL.
  function svg(tag, attrs, title) {
    var SVG = $('rate-svg').namespaceURI;
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (title) { var t = document.createElementNS(SVG, 'title'); t.textContent = title; node.appendChild(t); }
    return node;
  }
  function drawRate(data) {
    var seconds = data.seconds || [];
    var limit = data.rateLimit ? data.rateLimit.requestsPerWindow * 1000 / data.rateLimit.windowMs : null;
    var peak = Math.max(1, limit || 0, Math.max.apply(null, seconds.map(function (s) { return s.requests; }).concat([0])));
    var W = 300, H = 60, bw = W / Math.max(seconds.length, 1), y = function (n) { return H - (n / (peak * 1.1)) * H; };
    var chart = $('rate-svg');
    chart.replaceChildren();
    chart.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    chart.setAttribute('aria-label', 'Requests per second, last ' + seconds.length + ' s');
    seconds.forEach(function (s, i) {
      var ok = s.requests - s.rateLimited, label = new Date(s.at).toLocaleTimeString() + ': ' + s.requests + ' requests, ' + s.rateLimited + ' × 429';
      if (ok > 0) chart.appendChild(svg('rect', { x: i * bw + 0.5, y: y(ok), width: Math.max(bw - 1, 0.5), height: H - y(ok), class: 'bar-ok' }, label));
      if (s.rateLimited > 0) chart.appendChild(svg('rect', { x: i * bw + 0.5, y: y(s.requests), width: Math.max(bw - 1, 0.5), height: y(ok) - y(s.requests), class: 'bar-429' }, label));
    });
    if (limit !== null) chart.appendChild(svg('line', { x1: 0, x2: W, y1: y(limit), y2: y(limit), class: 'limit' }, 'limit: ' + limit + ' requests per second'));
    var last = seconds.length ? seconds[seconds.length - 1] : { requests: 0, rateLimited: 0 };
    var total429 = seconds.reduce(function (n, s) { return n + s.rateLimited; }, 0);
    $('rate-caption').textContent = 'Requests per second, last ' + seconds.length + ' s' + (limit !== null ? ' · limit ' + limit + '/s' : ' · no limit') +
      ' · now ' + last.requests + ' · 429s ' + total429;
  }
  function loadRate() {
    return api('rate?seconds=60').then(drawRate, function () {});
  }

  // Requests
  function requestRow(r) {
    var ok = r.status !== null && r.status < 400;
    return row(r.id, state.requests.open === r.id, [
      el('span', { class: 'line' }, [el('span', { class: 'grow', text: r.method + ' ' + r.path }), badge(r.status === null ? 'cut' : String(r.status), ok ? 'ok' : 'err')]),
      el('span', { class: 'line muted' }, [
        el('span', { class: 'grow', text: (r.errorName ? r.errorName + ' · ' : '') + r.durationMs + ' ms' + (r.idempotencyKey ? ' · key ' + r.idempotencyKey : '') + (r.replayed ? ' · replayed' : '') }),
        el('span', { text: new Date(r.at).toLocaleTimeString() }),
      ]),
    ]);
  }
  function loadRequests() {
    return api('requests?' + query({ q: $('rq').value.trim(), offset: state.requests.offset, limit: PAGE })).then(function (page) {
      fill($('requests'), page.items.map(requestRow));
      pager('requests', page);
      return loadRate();
    });
  }
  function pretty(text) {
    try { return text ? JSON.stringify(JSON.parse(text), null, 2) : '(empty)'; } catch (err) { return text; }
  }
  function openRequest(id) {
    state.requests.open = Number(id);
    return api('requests/' + id).then(function (r) {
      var dl = el('dl');
      field(dl, 'Status', r.status === null ? 'connection cut' : r.status); field(dl, 'Error', r.errorName); field(dl, 'Message', r.errorMessage);
      field(dl, 'Duration', r.durationMs + ' ms'); field(dl, 'Idempotency key', r.idempotencyKey); field(dl, 'Replayed', r.replayed ? 'yes' : null);
      field(dl, 'API key', r.apiKey); field(dl, 'At', new Date(r.at).toLocaleString()); field(dl, 'Emails', r.emailIds);
      $('request-detail').replaceChildren(el('h2', { text: r.method + ' ' + r.path }), dl,
        el('h3', { text: 'Request body' }), el('pre', { id: 'request-body', text: pretty(r.requestBody) }),
        el('h3', { text: 'Response body' }), el('pre', { id: 'response-body', text: pretty(r.responseBody) }));
      markCurrent($('requests'), String(id));
    });
  }

  // Webhook deliveries: one event for one endpoint, with its attempts and payload.
  function deliveryRow(d, i) {
    var status = String(d.status || '');
    var attempts = Array.isArray(d.attempts) ? d.attempts.length : 0;
    return row(i, state.deliveries.open === String(i), [
      el('span', { class: 'line' }, [el('span', { class: 'grow', text: String(d.type || 'event') }), badge(status || '?', status === 'success' ? 'ok' : status === 'failed' ? 'err' : '')]),
      el('span', { class: 'line muted' }, [el('span', { class: 'grow', text: String(d.endpoint || '') + ' · attempts ' + attempts }), el('span', { text: when(d.created_at) })]),
    ]);
  }
  function loadDeliveries() {
    return api('deliveries?' + query({ offset: state.deliveries.offset, limit: PAGE })).then(function (page) {
      state.deliveries.items = page.items;
      fill($('deliveries'), page.items.map(deliveryRow));
      pager('deliveries', page);
    });
  }
  function openDelivery(i) {
    var d = state.deliveries.items[Number(i)];
    if (!d) return;
    state.deliveries.open = String(i);
    var dl = el('dl');
    field(dl, 'Status', d.status); field(dl, 'Endpoint', d.endpoint); field(dl, 'Message ID', d.id);
    field(dl, 'Created', when(d.created_at)); field(dl, 'Next attempt', d.next_attempt_at && when(d.next_attempt_at));
    var attempts = (Array.isArray(d.attempts) ? d.attempts : []).map(function (a) {
      return el('tr', {}, [el('td', { text: when(a.sent_at) }), el('td', { text: a.http_status_code ? String(a.http_status_code) : 'no answer' }),
        el('td', { text: a.replay ? 'replay' : '' }), el('td', { text: String(a.response || '') })]);
    });
    $('delivery-detail').replaceChildren(el('h2', { text: String(d.type || 'event') }), dl,
      el('h3', { text: 'Attempts' }), attempts.length ? el('table', {}, [el('tr', {}, ['Sent', 'HTTP status', 'Replay', 'Response'].map(function (h) { return el('th', { scope: 'col', text: h }); }))].concat(attempts)) : el('p', { class: 'empty', text: 'None yet.' }),
      el('h3', { text: 'Payload' }), el('pre', { text: JSON.stringify(d.payload, null, 2) }));
    markCurrent($('deliveries'), String(i));
  }

  var views = { emails: { load: loadEmails, open: openEmail }, requests: { load: loadRequests, open: openRequest }, deliveries: { load: loadDeliveries, open: openDelivery } };

  function markCurrent(list, id) {
    list.querySelectorAll('.row').forEach(function (b) { if (b.getAttribute('data-id') === String(id)) b.setAttribute('aria-current', 'true'); else b.removeAttribute('aria-current'); });
  }
  function select(view, focus) {
    state.view = view;
    Object.keys(views).forEach(function (name) {
      var tab = $('tab-' + name);
      tab.setAttribute('aria-selected', String(name === view));
      tab.tabIndex = name === view ? 0 : -1;
      $('view-' + name).hidden = name !== view;
    });
    if (focus) $('tab-' + view).focus();
    return views[view].load();
  }

  function wire(name) {
    var list = $(name);
    list.addEventListener('click', function (ev) {
      var b = ev.target.closest('.row');
      if (b) views[name].open(b.getAttribute('data-id'));
    });
    list.addEventListener('keydown', function (ev) {
      if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
      var rows = Array.prototype.slice.call(list.querySelectorAll('.row'));
      var at = rows.indexOf(document.activeElement);
      var next = rows[Math.max(0, Math.min(rows.length - 1, at + (ev.key === 'ArrowDown' ? 1 : -1)))];
      if (next) { ev.preventDefault(); next.focus(); }
    });
    $(name + '-prev').addEventListener('click', function () { state[name].offset = Math.max(0, state[name].offset - PAGE); views[name].load(); });
    $(name + '-next').addEventListener('click', function () { state[name].offset += PAGE; views[name].load(); });
  }

  var pending = null;
  function refreshSoon() {
    if (pending) return;
    pending = setTimeout(function () {
      pending = null;
      views[state.view].load();
      Object.keys(views).forEach(function (name) { if (name !== state.view) countOnly(name); });
    }, 150);
  }
  function countOnly(name) {
    api(name + '?limit=1').then(function (page) { $('count-' + name).textContent = '(' + page.total + ')'; });
  }

  function start() {
    Object.keys(views).forEach(wire);
    var tabs = Object.keys(views);
    tabs.forEach(function (name, i) {
      var tab = $('tab-' + name);
      tab.addEventListener('click', function () { select(name); });
      tab.addEventListener('keydown', function (ev) {
        if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') select(tabs[(i + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length], true);
      });
    });
    var typing = null;
    $('email-search').addEventListener('submit', function (ev) { ev.preventDefault(); });
    $('request-search').addEventListener('submit', function (ev) { ev.preventDefault(); });
    function searchSoon(name) {
      return function () { clearTimeout(typing); typing = setTimeout(function () { state[name].offset = 0; views[name].load(); }, 120); };
    }
    $('q').addEventListener('input', searchSoon('emails'));
    $('status').addEventListener('change', searchSoon('emails'));
    $('rq').addEventListener('input', searchSoon('requests'));
    $('clear').addEventListener('click', function () {
      if (!window.confirm('Forget every email, request and delivery the fake recorded?')) return;
      fetch('api', { method: 'DELETE' });
    });
    var source = new EventSource('api/events');
    source.onopen = function () { $('live').textContent = 'live'; };
    source.onerror = function () { $('live').textContent = 'reconnecting…'; };
    source.onmessage = function (ev) {
      var change = JSON.parse(ev.data);
      if (change.kind === 'clear') {
        Object.keys(views).forEach(function (name) { state[name].offset = 0; state[name].open = null; });
        $('email-detail').replaceChildren(el('p', { class: 'empty', text: 'Cleared.' }));
        $('request-detail').replaceChildren(el('p', { class: 'empty', text: 'Cleared.' }));
      }
      if (change.kind === 'email' && state.emails.open === change.id) openEmail(change.id);
      refreshSoon();
    };
    // Delivery retries happen without an API request, so that tab also refreshes on its own.
    setInterval(function () { if (state.view === 'deliveries' && !document.hidden) loadDeliveries(); }, 2000);
    select('emails').then(function () {
      countOnly('requests'); countOnly('deliveries');
      document.body.setAttribute('data-ready', 'true');
    });
  }
  start();
})();
`;
