/**
 * What a number written in YAML becomes in JavaScript: a double. Checks that the double is what was written:
 * finite (`.inf`, `.nan` and `1e309` are not numbers a theme can mean) and, for decimals, exactly the number
 * written (`9007199254740993` is read as …992, `0.1e-400` as 0, a 32-digit integer as 1e+32).
 */

/** Whether the number `value` read from the decimal text `source` is the number written, digit for digit. */
export function sameAsWritten(source: string, value: number): boolean {
  // Up to 15 significant digits and no exponent, a decimal always survives the trip through a double.
  if (source.length <= 15 && !/[eE]/.test(source)) return true;
  const written = decimal(source);
  // Not a plain decimal (hexadecimal, octal, `1_000`…): nothing to compare digit by digit.
  if (written === undefined) return true;
  const read = decimal(String(Math.abs(value)));
  if (read === undefined) return false;
  return written.digits === read.digits && (written.digits === '' || written.exponent === read.exponent);
}

/** A decimal as significant digits (no leading or trailing zeros) and the power of ten of the last one. */
function decimal(text: string): { readonly digits: string; readonly exponent: number } | undefined {
  const match = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text);
  if (!match) return undefined;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return undefined;
  const all = `${whole}${fraction}`;
  const start = all.search(/[1-9]/);
  if (start === -1) return { digits: '', exponent: 0 };
  const trimmed = all.slice(start).replace(/0+$/, '');
  const trailing = all.length - start - trimmed.length;
  // The exponent may be huge (`1e-400`): a number, not a BigInt, compares well enough at that size.
  const exponent = Number(match[3] ?? '0') - fraction.length + trailing;
  return { digits: trimmed, exponent };
}
