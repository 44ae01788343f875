/** A number without float noise or exponent surprises for ordinary amounts (0.1 + 0.2 → 0.3). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number.parseFloat(value.toPrecision(12)));
}
