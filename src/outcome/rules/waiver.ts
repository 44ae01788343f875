import type { LicenceOnFile, Profile } from '../../model/profile.js';
import type { Material } from '../../model/theme.js';

/**
 * The licence on file that replaces a material (免提交): the material names a licence kind, the profile holds
 * one of that kind, and it has not expired on `today` (valid through its expiry date). A licence with an
 * expiry date cannot be checked without `today`, so it waives nothing then: asking for a paper that was not
 * needed is better than waiving one that was.
 */
export function licenceOnFile(
  material: Material,
  profile: Profile | undefined,
  today: string | undefined,
): string | undefined {
  const kind = material.licence;
  if (kind === undefined || !profile) return undefined;
  return profile.licences.some((l) => l.licence === kind && validOn(l, today)) ? kind : undefined;
}

/** Whether a licence on file is valid on `today`: it does not expire, or `today` is known and not past it. */
export function validOn(licence: LicenceOnFile, today: string | undefined): boolean {
  return licence.expires === undefined || (today !== undefined && licence.expires >= today);
}
