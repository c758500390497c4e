import type { Follow } from '../../../model/follow';
import { useBrowse } from '../../i18n/browse';
import { followMark } from './follow-mark';

/**
 * A Follow toggle. Follows live on the phone, so without the app there is nothing to press: the
 * stylesheet shows it only where the app runs, and its code (web/follow/) loads on the first press.
 */
export function FollowButton({ follow, name }: { follow: Follow; name: string }) {
  const w = useBrowse();
  return (
    <button type="button" class="btn follow" aria-pressed="false" {...followMark(follow, name)}>
      {w.follow}
    </button>
  );
}
