/** A live progress line: rewritten in place on a terminal, one plain line per update otherwise. */

/** Where the demo writes (process.stdout, or a buffer in tests). */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Prints progress lines; `done()` ends the in-place line so the summary starts on a fresh one. */
export function createProgress(out: Output) {
  let open = false;
  let last = '';
  return {
    update(line: string): void {
      if (line === last) return;
      last = line;
      if (out.isTTY) {
        out.write(`\r\x1b[2K${line}`);
        open = true;
      } else out.write(`${line}\n`);
    },
    done(): void {
      if (open) out.write('\n');
      open = false;
    },
  };
}
