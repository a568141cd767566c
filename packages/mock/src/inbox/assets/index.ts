/** The inbox's assets, shipped inside the package as strings (no files read at run time, no CDN). */
export { INBOX_HTML } from './page.js';
export { INBOX_CSS } from './style.js';
export { INBOX_SCRIPT } from './script.js';
export { INBOUND_SCRIPT } from './inbound-form.js';
