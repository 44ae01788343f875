/**
 * Array methods called on unknown values exactly as json-rules-engine's decorators call them: `someValue` and
 * `everyValue` have no validator in JRE, so a condition value that is not an array throws
 * (`jsonValue.some is not a function`), and so must ours. The casts only quiet the type checker.
 */

interface ListMethods {
  some(test: (item: unknown) => boolean): boolean;
  every(test: (item: unknown) => boolean): boolean;
}

/** `list.some(test)`, throwing as JRE does when `list` has no `some` method. */
export function some(list: unknown, test: (item: unknown) => boolean): boolean {
  return (list as ListMethods).some(test);
}

/** `list.every(test)`, throwing as JRE does when `list` has no `every` method. */
export function every(list: unknown, test: (item: unknown) => boolean): boolean {
  return (list as ListMethods).every(test);
}
