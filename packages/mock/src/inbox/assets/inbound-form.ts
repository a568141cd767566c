/**
 * The inbox's "Receive an email" form, as its own script: it adds a disclosure under the email list
 * and posts the fields to `api/inbound` with fetch (the page's CSP allows no form submission).
 */
export const INBOUND_SCRIPT = `'use strict';
(() => {
  const pane = document.querySelector('#view-emails .pane');
  if (!pane) return;
  const box = document.createElement('details');
  box.className = 'inbound';
  box.innerHTML = '<summary>Receive an email</summary>' +
    '<form id="inbound-form" class="inbound-form">' +
    '<label>From <input name="from" required value="Ada &lt;ada@example.org&gt;"></label>' +
    '<label>To <input name="to" required value="support@acme.dev"></label>' +
    '<label>Subject <input name="subject" required value="Hello"></label>' +
    '<label>Text <textarea name="text" rows="3">Hi there</textarea></label>' +
    '<button type="submit">Receive</button> <output id="inbound-result" role="status"></output>' +
    '</form>';
  pane.appendChild(box);
  const form = box.querySelector('form');
  const result = box.querySelector('output');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(form));
    const response = await fetch('api/inbound', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fields) });
    const body = await response.json();
    result.textContent = response.ok ? 'received ' + body.id : body.error;
  });
})();
`;
