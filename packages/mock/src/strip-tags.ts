/** Plain text from an email's HTML, for `text` and previews the fake derives itself. */

/** Drops `<…>` tags and squeezes whitespace, in one pass (a `<` without a `>` is kept as text). */
export function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    const close = open < 0 ? -1 : html.indexOf('>', open);
    if (close < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, open);
    i = close + 1;
  }
  return out.replace(/\s+/g, ' ').trim();
}
