/** A JSON value as tongban stores it: themes, states and outcomes are made only of these. */
export type Json = null | boolean | number | string | readonly Json[] | JsonObject;

/** A JSON object with read-only members. */
export interface JsonObject {
  readonly [key: string]: Json;
}
