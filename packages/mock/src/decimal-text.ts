/** What the bin reads as a number from its flags (and the numbers inside `--faults`). */

/**
 * A number as plain decimal text: an optional minus sign, digits without a leading zero (`0` itself
 * and `0.5` are fine), an optional fraction; or `Infinity`, which the rules that allow it read as
 * "no limit". A leading zero is refused rather than read past: some tools read `010` as octal 8.
 */
const DECIMAL = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?|Infinity)$/;

/**
 * True when `text` is a number written as plain decimal digits (see {@link DECIMAL}). `Number()`
 * alone also reads `0x10`, `0o7`, `0b1`, `1e3`, `+80`, `.5` and text padded with spaces.
 *
 * @param text - the flag's value as given on the command line.
 */
export function isDecimalText(text: string): boolean {
  return DECIMAL.test(text);
}
