/**
 * A 53-bit hash (two multiplicative lanes) of numbers and strings: subtree and outcome ids without keeping
 * every subtree in memory. Two different subtrees share an id with a chance of about 2^-53 per pair.
 */
export class Hash {
  private a = 0x811c9dc5;
  private b = 0x9e3779b9;

  number(value: number): void {
    this.word(value >>> 0);
    this.word(Math.floor(value / 4294967296) >>> 0);
  }

  string(value: string): void {
    for (let i = 0; i < value.length; i++) this.word(value.charCodeAt(i));
    this.word(0xffff_fffe);
  }

  value(): number {
    return (this.a >>> 0) * 2_097_152 + ((this.b >>> 0) & 0x1f_ffff);
  }

  private word(w: number): void {
    this.a = Math.imul(this.a ^ w, 0x01000193);
    let b = Math.imul(this.b ^ w, 0x5bd1e995);
    b ^= b >>> 15;
    this.b = Math.imul(b, 0x85ebca6b);
  }
}
