/**
 * `Collection.firstWith`, the lookup by key behind threading and the suppression list: it must
 * answer as a scan in creation order would through every change of the collection.
 */
import { describe, expect, it } from 'vitest';
import { Collection } from '../src/store.js';

interface Entry {
  id: string;
  key: string;
  ok?: boolean;
}

const keyOf = (entry: Entry) => entry.key;
const first = (c: Collection<Entry>, ...keys: string[]) => c.firstWith(keyOf, keys, (e) => e.ok !== false)?.id;

describe('Collection.firstWith', () => {
  it('answers the oldest accepted record of any key given, as a scan would', () => {
    const c = new Collection<Entry>();
    for (const [id, key] of [
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'a'],
    ])
      c.insert({ id: id!, key: key! });
    expect(first(c, 'a')).toBe('1');
    expect(first(c, 'b', 'a')).toBe('1');
    expect(first(c, 'c')).toBeUndefined();
    c.get('1')!.ok = false;
    expect(first(c, 'a')).toBe('3');
    expect(first(c, 'a', 'b')).toBe('2');
  });

  it('follows inserts, deletes, a replaced record, a deleted then re-added ID and clear', () => {
    const c = new Collection<Entry>();
    c.insert({ id: '1', key: 'a' });
    expect(first(c, 'a')).toBe('1');
    c.insert({ id: '2', key: 'a' });
    c.delete('1');
    expect(first(c, 'a')).toBe('2');
    c.insert({ id: '2', key: 'b' });
    expect(first(c, 'a')).toBeUndefined();
    c.insert({ id: '3', key: 'b' });
    c.delete('2');
    c.insert({ id: '2', key: 'b' });
    // Re-added, '2' is now newer than '3', as `find` sees it.
    expect(first(c, 'b')).toBe(c.find((e) => e.key === 'b')?.id);
    expect(first(c, 'b')).toBe('3');
    c.clear();
    expect(first(c, 'b')).toBeUndefined();
    c.insert({ id: '9', key: 'b' });
    expect(first(c, 'b')).toBe('9');
  });

  it('stays right after many deletes compact the order', () => {
    const c = new Collection<Entry>();
    for (let i = 0; i < 500; i++) c.insert({ id: String(i), key: String(i % 7) });
    expect(first(c, '3')).toBe('3');
    for (let i = 0; i < 400; i++) c.delete(String(i));
    c.newestFirstView();
    expect(first(c, '3')).toBe(c.find((e) => e.key === '3')?.id);
    c.insert({ id: 'new', key: 'z' });
    expect(first(c, 'z', '3')).toBe('402');
  });
});
