import { followKey, type Follow } from '../../../model/follow';
import { useLocale } from '../../i18n/context';

/**
 * A Follow toggle. Follows live on the phone, so without the app there is nothing to press: the button
 * stays hidden until the app's follow code (web/follow/) finds it and shows its state.
 */
export function FollowButton({ follow, name }: { follow: Follow; name: string }) {
  const { t } = useLocale();
  return (
    <button type="button" class="follow" aria-pressed="false" data-follow={followKey(follow)} data-name={name} hidden>
      {t.follow}
    </button>
  );
}
