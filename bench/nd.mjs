import { nodeDispatcher } from '/work/main/packages/client/src/node-dispatch.ts';
void new Response(null);
const f = globalThis.fetch;
for (let i = 0; i < 20000; i++) nodeDispatcher(f);
const c = process.cpuUsage(); for (let i = 0; i < 200000; i++) nodeDispatcher(f); const u = process.cpuUsage(c); console.log(((u.user + u.system) / 200000).toFixed(3), 'µs', !!nodeDispatcher(f));
