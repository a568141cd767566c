// What each way of writing bytes as Base64 costs on the runtime that runs this script (plain ES, no
// imports, so Node, Bun and Deno run it as it is): the ways `base64Of` in
// packages/client/src/shared/base64.ts chooses between, for a 10 MB attachment. bench/README.md,
// "Base64 of attachment bytes", has the command and the figures.
const bytes = Uint8Array.from({ length: 10 * 1024 * 1024 }, (_, i) => (i * 7) % 256);
const runtime = globalThis.Bun
  ? `Bun ${Bun.version}`
  : globalThis.Deno
    ? `Deno ${Deno.version.deno}`
    : `Node ${process.version}`;
const ways = {
  toBase64: typeof bytes.toBase64 === 'function' ? () => bytes.toBase64() : undefined,
  Buffer: globalThis.Buffer
    ? () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
    : undefined,
  btoa: () => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  },
};
const figures = [];
for (const [name, encode] of Object.entries(ways)) {
  if (!encode) {
    figures.push(`${name} absent`);
    continue;
  }
  const times = [];
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    encode();
    times.push(performance.now() - start);
  }
  figures.push(`${name} ${Math.min(...times).toFixed(0)} ms`);
}
console.log(`${runtime}: ${figures.join(', ')} (best of 3, 10 MB)`);
