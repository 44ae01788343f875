/** The kinds of file tongban reads, each with its JSON Schema in `schemas/`. */
export type FileKind = 'theme' | 'catalog' | 'profile' | 'scenario';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Maps a JSON Pointer to a line and column: of the key when `key` is set, else of the value. */
export type Locate = (pointer: string, key?: boolean) => Position;

/** Where a leaf condition was written: its fact name and its value, as pointers into one file. */
export interface LeafOrigin {
  readonly file: string;
  /** Points at the fact name (a key in shorthand, the `fact` member in full form). */
  readonly factAt: string;
  readonly factIsKey: boolean;
  /** Points at the value (or the operator key in shorthand). */
  readonly valueAt: string;
  /** Points at the operator when one is written: a key in shorthand, the `operator` member in full form. */
  readonly operatorAt?: string;
  readonly operatorIsKey?: boolean;
  /** Points at the `path` member of a full-form leaf. */
  readonly pathAt?: string;
}

/** Origins of compiled leaves and named references, so that later checks can point at what was written. */
export type LeafOrigins = WeakMap<object, LeafOrigin>;
