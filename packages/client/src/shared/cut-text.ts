/**
 * Cutting user text to a length without cutting a character in two. A cut between the halves of a
 * surrogate pair (an emoji, a rarer CJK letter) leaves a lone surrogate: JSON then carries `\ud83d`,
 * a page shows U+FFFD where a real character was, and `encodeURIComponent` throws a `URIError`.
 */

/** The first `max` UTF-16 units of `text`, less a pair's first half left at the end. */
export function cutText(text: string, max: number): string {
  // A regular expression, not a char-code test: the client's worker bundle is counted in bytes.
  return text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
}
