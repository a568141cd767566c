/**
 * Cutting user text to a length without cutting a character in two. A cut between the halves of a
 * surrogate pair (an emoji, a rarer CJK letter) leaves a lone surrogate: JSON then carries `\ud83d`,
 * a page shows U+FFFD where a real character was, and `encodeURIComponent` throws a `URIError`.
 */

/** The first `max` UTF-16 units of `text`, or one fewer when the last one kept would be a pair's first half. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
