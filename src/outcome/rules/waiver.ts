import type { Profile } from '../../model/profile.js';
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
  const valid = profile.licences.some(
    (l) => l.licence === kind && (l.expires === undefined || (today !== undefined && l.expires >= today)),
  );
  return valid ? kind : undefined;
}
