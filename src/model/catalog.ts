import type { Field, Form } from './form.js';
import type { LeafOrigins, Locate } from './source.js';
import type { Department, FactDefinition, Item, Licence, Material, SourceLocation, Venue } from './theme.js';

/**
 * A loaded catalog: every entry by id across all its files, where each entry was written, and the reporters
 * of its files so that checks made while linking a theme can point into them.
 */
export interface Catalog {
  readonly departments: Readonly<Record<string, Department>>;
  readonly venues: Readonly<Record<string, Venue>>;
  readonly licences: Readonly<Record<string, Licence>>;
  readonly facts: Readonly<Record<string, FactDefinition>>;
  readonly materials: Readonly<Record<string, Material>>;
  readonly items: Readonly<Record<string, Item>>;
  readonly fields: Readonly<Record<string, Field>>;
  readonly forms: Readonly<Record<string, Form>>;
  readonly locations: Readonly<Record<string, SourceLocation>>;
  readonly origins: LeafOrigins;
  /** How to find a line and column in each catalog file, for diagnostics reported later. */
  readonly locators: ReadonlyMap<string, Locate>;
}
