/**
 * The `Content-Disposition` of a file download, for a file named in any script. A header value holds
 * Latin-1 at most, so a name in Cyrillic or with an emoji put in as is made `new Response` throw
 * (a 500 for the download); RFC 6266 puts such a name in `filename*` as UTF-8, percent-encoded.
 */

/** RFC 8187 `attr-char`: what `filename*` may carry without percent-encoding. */
const ATTR_CHAR = /^[\w!#$&+\-.^`|~]$/;

/** `<type>; filename="<ASCII stand-in>"; filename*=UTF-8''<the name>` (RFC 6266, RFC 8187). */
export function contentDisposition(type: string, filename: string): string {
  // The stand-in is for clients that do not read `filename*`: only what is safe in a quoted string.
  const fallback = filename.replace(/[^\w.\- ]/g, '_');
  let encoded = '';
  // TextEncoder, not encodeURIComponent: that one throws on a lone surrogate and leaves `'()*` as is.
  for (const byte of new TextEncoder().encode(filename)) {
    const char = String.fromCharCode(byte);
    encoded += ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
