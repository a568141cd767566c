/** Finding links and one-time codes in emails, edge cases included. */
import { describe, expect, it } from 'vitest';
import { findCodes, findLinks } from '../src/index.js';

describe('findCodes', () => {
  it.each([
    ['Your code is 123456.', ['123456']],
    ['Code: 4821', ['4821']],
    ['Use 12345678 to sign in', ['12345678']],
    ['(739201)', ['739201']],
    ['code:\n\n  902113\n', ['902113']],
    ['first 1111 then 2222 then 1111', ['1111', '2222']],
  ])('finds the code in %j', (text, codes) => {
    expect(findCodes(text, null)).toEqual(codes);
  });

  it.each([
    ['too short 123 or too long 123456789'],
    ['a number 1234567890123'],
    ['thousands 1,234,567 and decimals 3.14159 and 12345.67'],
    ['dates 2026-12-06, 06/12/2026, 2026.12.06, 12.06.2026'],
    ['times 12:30:4500 and ranges 1000-2000'],
    ['colour #123456 and #a1b2c3 and entity &#8203;'],
    ['amounts $1200, €4500, 1200€ and 9500%'],
    ['identifiers ABC1234, 1234abc, order_123456, v20261'],
    ['phone +1 555 123 4567 and +44 20 7946 0958'],
    ['© 2026 Acme, May 2026, 3 June 2025'],
    ['mail me at user12345@acme.dev'],
  ])('finds no code in %j', (text) => {
    expect(findCodes(text, null)).toEqual([]);
  });

  it('reads the HTML visible text only: not styles, attributes, links or the head', () => {
    const html = `<html><head><title>Code 1111</title><style>.a{color:#654321} .b{width:1234px}</style></head>
      <body style="background:#abcdef"><img src="https://cdn.acme.dev/p/8888.png" width="6000">
      <a href="https://acme.dev/verify?token=99999999">Verify</a><p>Your code: <b>482913</b></p>
      <p>Visit https://acme.dev/login/77777 now</p><p>&copy; 2026 Acme</p></body></html>`;
    expect(findCodes(null, html)).toEqual(['482913']);
  });

  it('merges codes from the text and the HTML without repeats', () => {
    expect(findCodes('code 123456', '<p>code <strong>123456</strong> or 654321</p>')).toEqual(['123456', '654321']);
  });
});

describe('findLinks', () => {
  it('finds hrefs, then URLs in the text, decoded and without trailing punctuation', () => {
    const html =
      '<a href="https://acme.dev/a?x=1&amp;y=2">a</a> <a href=\'http://acme.dev/b\'>b</a> <a href="mailto:x@y.z">m</a> <a href="/relative">r</a>';
    const text = 'Open https://acme.dev/c. Or (https://acme.dev/d), or https://acme.dev/a?x=1&y=2';
    expect(findLinks(text, html)).toEqual([
      'https://acme.dev/a?x=1&y=2',
      'http://acme.dev/b',
      'https://acme.dev/c',
      'https://acme.dev/d',
    ]);
  });

  it('answers an empty list for an email without links', () => {
    expect(findLinks('no links here', '<p>none</p>')).toEqual([]);
    expect(findLinks(null, null)).toEqual([]);
  });
});
