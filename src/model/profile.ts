import type { Json } from './json.js';

/**
 * What a portal already knows about a person (一人一档) or an enterprise (一企一档). Facts are addressed by
 * the names the catalog declares (`person.hukou`, `enterprise.registered`); derived facts are computed from
 * them and the session's `today`.
 */
export interface Profile {
  readonly kind: 'person' | 'enterprise';
  readonly name?: string;
  readonly facts: Readonly<Record<string, Json>>;
  readonly licences: readonly LicenceOnFile[];
  readonly tags: readonly string[];
  /** Item ids already completed (办结). */
  readonly completed: readonly string[];
}

/** An electronic licence (电子证照) on file. */
export interface LicenceOnFile {
  readonly licence: string;
  readonly number?: string;
  readonly issuer?: string;
  /** `YYYY-MM-DD`. */
  readonly issued?: string;
  /** `YYYY-MM-DD`; absent for licences that do not expire. */
  readonly expires?: string;
  /** The data the licence carries (证照数据项: credit-code, name …), by the keys its kind declares. */
  readonly data?: Readonly<Record<string, Json>>;
}
