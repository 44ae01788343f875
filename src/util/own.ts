/** The record's own member named `key`, never one inherited from Object.prototype (`constructor`, …). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
