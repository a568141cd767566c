/**
 * The Lua scripts behind the store. Each runs atomically on the server and reads the time from the
 * server (`TIME`), so hosts whose clocks disagree still share one window.
 *
 * Keys (one hash tag, so a cluster would place them on one slot):
 * - `KEYS[1]` `{key}:slots` — sorted set: slot id → ms (server clock) when it stops counting.
 * - `KEYS[2]` `{key}:meta` — hash: `pause` (no slot before this ms), `limit` (a limit adopted from
 *   the API, when stores share it) and `limit_at` (the ms it was adopted at), `demand` (until this
 *   ms an interactive call is waiting somewhere: bulk is held to `limit - reserve`).
 * - `KEYS[3]` `{key}:bulk` — sorted set: the bulk lane's slots among `KEYS[1]`, scored alike.
 * All expire once nothing can count any more, so an idle limiter leaves nothing behind.
 */

/**
 * Shared prologue: the server's clock in ms, a helper that only ever lengthens a key's TTL, and the
 * clock's last reading (`now` in `KEYS[2]`), against a clock stepped back (a VM restored from a
 * snapshot, NTP stepping rather than slewing). Every time stored was read from the clock before the
 * step: a slot, a pause or a demand would count for the whole step on top of its own length, and
 * every process sharing the key would stall that long (and a shared limit would look adopted after
 * every limit adopted since, see SET_LIMIT). So, once a reading comes out earlier than the
 * last, everything stored moves back by the difference and counts for what it had left. A clock
 * stepped forward needs nothing: slots end early, and the limit is over-sent once by at most a window
 * (answered 429 and retried). A new `KEYS[2]` holding only the reading lives as long as the slots.
 */
const PROLOGUE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function keep(key, ms)
  if redis.call('PTTL', key) < ms then redis.call('PEXPIRE', key, ms) end
end
local back = tonumber(redis.call('HGET', KEYS[2], 'now') or now) - now
if back > 0 then
  for _, k in ipairs({KEYS[1], KEYS[3]}) do
    local s = redis.call('ZRANGE', k, 0, -1, 'WITHSCORES')
    for i = 1, #s, 2 do redis.call('ZADD', k, s[i + 1] - back, s[i]) end
  end
  for _, f in ipairs({'pause', 'demand', 'limit_at'}) do
    local v = redis.call('HGET', KEYS[2], f)
    if v then redis.call('HSET', KEYS[2], f, v - back) end
  end
end
if redis.call('HSET', KEYS[2], 'now', now) == 1 then keep(KEYS[2], math.max(1, redis.call('PTTL', KEYS[1]))) end
`;

/**
 * ARGV: limit, span ms (window + margin), lease ms (how long an unreleased slot may count beyond
 * the span), poll ms (longest wait answered while the slot to wait for is still in flight
 * somewhere), lane (`bulk` or `interactive`), reserve (slots bulk may not take while an
 * interactive call waits), share (`1`: a stored adopted limit replaces ARGV[1]), lend (`0`: bulk is
 * held to `limit - reserve` even without interactive demand), id (the slot's id, random, chosen by
 * the caller), told (with share: the adopted limit this store last shared, `0` for none). Returns
 * `{slot, 0}` or `{0, waitMs}`.
 *
 * The comments are kept out of the Lua (every byte of it is shipped, and sent on each `EVAL`):
 * - The caller chooses the id, so an acquire whose answer was lost can still be given back by it; a
 *   slot already held under the id (the same call sent again: ioredis resends a command in flight
 *   when it reconnects) is answered as granted, not taken twice. Random 48-bit ids never meet one
 *   from before Redis forgot the window (restart, flush, expiry): a late release cannot end a newer slot.
 * - `refuse`: no slot. An interactive caller marks its demand until one window after it asks again
 *   (at most a window ahead), so bulk callers leave it the reserve meanwhile (the same rule as the
 *   in-memory store).
 * - `until_free`: how long until the (count - cap + 1)-th oldest slot of a set ends, when one more
 *   fits; a slot still in flight elsewhere may be released at any moment, so then ask again soon.
 * - Bulk with lending on is asked again when the demand lapses, if no bulk slot ends before.
 * - A shared limit Redis no longer holds (forgotten with an idle limiter, or lost to FLUSHALL, a
 *   restart, an eviction) is written back from `told`: the limiter tells its store only when the
 *   adopted limit changes, so the process that adopted it would otherwise never share it again, and
 *   the others would keep their own limit for good (slower than the team's, or over it: 429s).
 * - Both sets drop what stopped counting on every acquire: the bulk set, trimmed only where bulk was
 *   held back (demand, or lending off), kept an entry per bulk send of a long run.
 */
export const ACQUIRE = `${PROLOGUE}
local span = tonumber(ARGV[2])
local lease = tonumber(ARGV[3])
local bulk = ARGV[5] == 'bulk'
local id = ARGV[9]
for _, k in ipairs({KEYS[1], KEYS[3]}) do redis.call('ZREMRANGEBYSCORE', k, '-inf', now) end
if redis.call('ZSCORE', KEYS[1], id) then return {id, 0} end
local function refuse(wait)
  if not bulk then
    local d = now + math.min(wait, span) + span
    if d > tonumber(redis.call('HGET', KEYS[2], 'demand') or '0') then
      redis.call('HSET', KEYS[2], 'demand', d)
      keep(KEYS[2], d - now)
    end
  end
  return {0, wait}
end
local pause = tonumber(redis.call('HGET', KEYS[2], 'pause') or '0')
if now < pause then return refuse(pause - now) end
local limit = tonumber(ARGV[1])
if ARGV[7] == '1' then
  if ARGV[10] ~= '0' then redis.call('HSETNX', KEYS[2], 'limit', ARGV[10]) end
  limit = tonumber(redis.call('HGET', KEYS[2], 'limit') or ARGV[1])
end
local function until_free(key, n, cap)
  local e = redis.call('ZRANGE', key, n - cap, n - cap, 'WITHSCORES')
  local wait = tonumber(e[2]) - now
  if wait > span then wait = math.min(wait, tonumber(ARGV[4])) end
  return math.max(1, wait)
end
local n = redis.call('ZCARD', KEYS[1])
if n >= limit then return refuse(until_free(KEYS[1], n, limit)) end
local demand = tonumber(redis.call('HGET', KEYS[2], 'demand') or '0')
if bulk and (ARGV[8] == '0' or now < demand) then
  local cap = math.max(1, limit - tonumber(ARGV[6]))
  local nb = redis.call('ZCARD', KEYS[3])
  if nb >= cap then
    local wait = until_free(KEYS[3], nb, cap)
    if ARGV[8] ~= '0' then wait = math.min(wait, demand - now) end
    return {0, wait}
  end
end
redis.call('ZADD', KEYS[1], now + span + lease, id)
keep(KEYS[1], span + lease)
keep(KEYS[2], span + lease)
if bulk then
  redis.call('ZADD', KEYS[3], now + span + lease, id)
  keep(KEYS[3], span + lease)
end
return {id, 0}
`;

/** ARGV: slot id, span ms. The slot counts until `span` after now (server clock). */
export const RELEASE = `${PROLOGUE}
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1])
end
if redis.call('ZSCORE', KEYS[3], ARGV[1]) then
  redis.call('ZADD', KEYS[3], 'XX', now + tonumber(ARGV[2]), ARGV[1])
end
return 1
`;

/** ARGV: pause ms. No slot for anyone before now + ms; a later pause only extends it. */
export const PAUSE = `${PROLOGUE}
local ms = tonumber(ARGV[1])
local ends = now + ms
if ends > tonumber(redis.call('HGET', KEYS[2], 'pause') or '0') then
  redis.call('HSET', KEYS[2], 'pause', ends)
end
keep(KEYS[2], ms + tonumber(ARGV[2]))
return 1
`;

/**
 * ARGV: limit, keep ms, most allowed, age ms (how long ago the limiter adopted it: more than 0 for
 * one sent again after Redis could not be reached). Every store of the key sharing adopted limits
 * uses this one (capped at the most allowed) until the key expires with the idle limiter; a lower one
 * replaces a higher one as readily as the other way round, but none replaces one adopted later
 * (`limit_at`, server clock; a limit written back by ACQUIRE has none). Returns the limit in force.
 */
export const SET_LIMIT = `${PROLOGUE}
local at = now - tonumber(ARGV[4])
if at >= tonumber(redis.call('HGET', KEYS[2], 'limit_at') or '0') then
  redis.call('HSET', KEYS[2], 'limit', math.min(tonumber(ARGV[1]), tonumber(ARGV[3])), 'limit_at', at)
end
keep(KEYS[2], tonumber(ARGV[2]))
return tonumber(redis.call('HGET', KEYS[2], 'limit'))
`;
