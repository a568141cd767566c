/**
 * The stand-in for `posix-code.ts` in the build for workers and browsers: their `fetch` errors carry
 * no runtime's own names to translate, so a failure has the code it carries.
 */
export function posixCode(code: string | undefined): string | undefined {
  return code;
}
