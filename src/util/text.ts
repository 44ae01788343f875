/** `{ [key]: value }` when the raw entry has a string there, else nothing: keeps optional members absent. */
export function text(raw: Readonly<Record<string, unknown>>, key: string): Record<string, string> {
  const value = raw[key];
  return typeof value === 'string' ? { [key]: value } : {};
}
