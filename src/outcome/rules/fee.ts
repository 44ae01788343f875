/** The total of the fees charged, added in fen (cents) so that 0.1 + 0.2 yuan is 0.3 yuan. */
export function sumInFen(amounts: readonly number[]): number {
  let fen = 0;
  for (let i = 0; i < amounts.length; i++) fen += Math.round((amounts[i] as number) * 100);
  return fen / 100;
}
