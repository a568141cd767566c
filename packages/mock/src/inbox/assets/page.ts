/** The inbox page: static markup only; every user string is put in by script as text. */
export const INBOX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>resendkit inbox</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="app.css">
<script src="app.js" defer></script>
<script src="inbound.js" defer></script>
</head>
<body>
<header class="top">
  <h1>resendkit inbox</h1>
  <div role="tablist" aria-label="Views" class="tabs">
    <button type="button" role="tab" id="tab-emails" aria-controls="view-emails" aria-selected="true">Emails <span class="count" id="count-emails"></span></button>
    <button type="button" role="tab" id="tab-requests" aria-controls="view-requests" aria-selected="false" tabindex="-1">Requests <span class="count" id="count-requests"></span></button>
    <button type="button" role="tab" id="tab-deliveries" aria-controls="view-deliveries" aria-selected="false" tabindex="-1">Webhooks <span class="count" id="count-deliveries"></span></button>
  </div>
  <p id="live" role="status" aria-live="polite" class="live">connecting…</p>
  <button type="button" id="clear" class="danger">Clear</button>
</header>
<main>
  <section id="view-emails" role="tabpanel" aria-labelledby="tab-emails" class="view">
    <div class="pane">
      <form id="email-search" role="search" class="search">
        <label for="q">Search</label>
        <input id="q" name="q" type="search" autocomplete="off" placeholder="recipient, sender, subject, tag">
        <label for="status">Status</label>
        <select id="status" name="status">
          <option value="">any</option><option>scheduled</option><option>sent</option><option>delivered</option>
          <option>bounced</option><option>complained</option><option>suppressed</option><option>canceled</option>
        </select>
      </form>
      <ul id="emails" class="list" aria-label="Emails, newest first"></ul>
      <nav class="pager" aria-label="Email pages">
        <button type="button" id="emails-prev">Newer</button><span id="emails-range"></span><button type="button" id="emails-next">Older</button>
      </nav>
    </div>
    <article id="email-detail" class="detail" tabindex="-1" aria-label="Email"><p class="empty">Select an email (↑/↓ to move, Enter to open).</p></article>
  </section>
  <section id="view-requests" role="tabpanel" aria-labelledby="tab-requests" class="view" hidden>
    <div class="pane">
      <figure class="rate" id="rate"><div id="rate-chart" class="rate-chart"><svg id="rate-svg" role="img" preserveAspectRatio="none" aria-label="Requests per second"></svg></div><figcaption id="rate-caption" class="muted">Requests per second</figcaption></figure>
      <form id="request-search" role="search" class="search">
        <label for="rq">Filter</label>
        <input id="rq" name="rq" type="search" autocomplete="off" placeholder="method, path, status, error">
      </form>
      <ul id="requests" class="list" aria-label="API requests, newest first"></ul>
      <nav class="pager" aria-label="Request pages">
        <button type="button" id="requests-prev">Newer</button><span id="requests-range"></span><button type="button" id="requests-next">Older</button>
      </nav>
    </div>
    <article id="request-detail" class="detail" tabindex="-1" aria-label="Request"><p class="empty">Select a request to see its bodies.</p></article>
  </section>
  <section id="view-deliveries" role="tabpanel" aria-labelledby="tab-deliveries" class="view" hidden>
    <div class="pane">
      <ul id="deliveries" class="list" aria-label="Webhook deliveries, newest first"></ul>
      <nav class="pager" aria-label="Delivery pages">
        <button type="button" id="deliveries-prev">Newer</button><span id="deliveries-range"></span><button type="button" id="deliveries-next">Older</button>
      </nav>
    </div>
    <article id="delivery-detail" class="detail" tabindex="-1" aria-label="Delivery"><p class="empty">Webhook deliveries the fake made show here.</p></article>
  </section>
</main>
</body>
</html>
`;
