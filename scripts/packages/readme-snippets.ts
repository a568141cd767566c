/**
 * The READMEs' TypeScript snippets as files a consumer project can type-check: each ```ts block of
 * README.md and packages/*\/README.md becomes a module whose imports stay on top and whose other
 * statements run inside an async function (so `await` and `return` read as they do in an app). Names
 * a snippet continues from an earlier one (`resend`, `fake`, `emails`) come from one declarations file.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** One snippet, ready to write into a consumer project. */
export interface Snippet {
  /** `readme-client-2.ts`. */
  file: string;
  /** Where it comes from: `packages/client/README.md` block 2. */
  source: string;
  contents: string;
}

/** Packages a snippet may import that a consumer of the tarballs does not have installed. */
export const NOT_INSTALLED = [
  'resend',
  'msw/node',
  'msw',
  'redis',
  'ioredis',
  'bullmq',
  '@resendkit/bullmq',
  'vitest',
  '@playwright/test',
];

/** The declarations of the names snippets use without defining them. */
export const SNIPPET_GLOBALS = `// Names the README snippets continue from earlier snippets or from the reader's app.
import type { ResendClient, SendEmailRequest } from '@resendkit/client';
import type { FakeResend } from '@resendkit/mock';

declare global {
  const resend: ResendClient;
  const fake: FakeResend;
  const createFakeResend: typeof import('@resendkit/mock').createFakeResend;
  const id: string;
  const emails: SendEmailRequest[];
  const rawBody: string;
  const req: { headers: Record<string, string> };
  const res: { status(code: number): { end(): void } };
  const secret: string;
  const handlers: import('@resendkit/webhooks').WebhookHandlers;
  const redis: { set(...args: (string | number)[]): Promise<string | null>; del(key: string): Promise<number> };
  const newsletter: SendEmailRequest[];
  const issue: string;
  function loadReceipt(): Promise<import('@resendkit/client').SendAllReceipt | undefined>;
  function saveReceipt(receipt: import('@resendkit/client').SendAllReceipt | undefined): Promise<void>;
  function suppress(addresses: string[]): Promise<void>;
  function syncContact(contact: unknown): Promise<void>;
}
export {};
`;

function imports(source: string): string[] {
  return [...source.matchAll(/^import[\s\S]*?from\s+'([^']+)';?$/gm)].map((m) => m[1]!);
}

/** `block` as a module: its import statements first, everything else in an async function. */
export function asModule(block: string): string {
  const importPattern = /^import[\s\S]*?from\s+'[^']+';?[ \t]*$/gm;
  const head = block.match(importPattern) ?? [];
  // `export const POST = …` is a declaration of the reader's module; inside the function it is a const.
  const body = block
    .replace(importPattern, '')
    .replace(/^export /gm, '')
    .trim();
  return [...head, "import './readme-globals.js';", '', 'export async function snippet() {', body, '}', ''].join('\n');
}

/** Every ```ts snippet of the repo's READMEs, except those importing a package in {@link NOT_INSTALLED}. */
export async function readmeSnippets(repoRoot: string): Promise<{ snippets: Snippet[]; skipped: string[] }> {
  const readmes = [
    'README.md',
    ...(await readdir(join(repoRoot, 'packages'))).sort().map((dir) => `packages/${dir}/README.md`),
  ];
  const snippets: Snippet[] = [];
  const skipped: string[] = [];
  for (const readme of readmes) {
    const text = await readFile(join(repoRoot, readme), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const name = readme === 'README.md' ? 'root' : readme.split('/')[1]!;
    let n = 0;
    for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
      n++;
      const source = `${readme} block ${n}`;
      const missing = imports(match[1]!).filter((module) => NOT_INSTALLED.includes(module));
      if (missing.length > 0) {
        skipped.push(`${source} (imports ${missing.join(', ')})`);
        continue;
      }
      snippets.push({ file: `readme-${name}-${n}.ts`, source, contents: asModule(match[1]!) });
    }
  }
  return { snippets, skipped };
}

/** The first ```ts or ```js block of a README: the example that shows what the package does. */
export function firstExample(readme: string): { lang: 'ts' | 'js'; code: string } | undefined {
  const match = /^```(ts|js)\n([\s\S]*?)^```$/m.exec(readme);
  return match ? { lang: match[1] as 'ts' | 'js', code: match[2]! } : undefined;
}
