import { position } from '../../../model/last-move';
import type { Likelihood } from '../../../model/types';
import { outlookStrings } from '../../i18n/outlook';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { likelihoodText, wholeDate } from './words';

/** "▲ up from Roughly even chance (45–55%) on 3 Dec 2026": a scenario's recent move, after its likelihood. */
export function MoveNote({ from, to, at }: { from: Likelihood; to: Likelihood; at: string }) {
  const locale = useLocale();
  const o = outlookStrings(locale.lang);
  const up = position(to) > position(from);
  return (
    <span class="why">
      {' '}
      <span aria-hidden="true">{up ? '▲' : '▼'}</span>{' '}
      {fill(up ? o.movedUp : o.movedDown, { from: likelihoodText(from, locale), date: wholeDate(at, locale.lang) })}
    </span>
  );
}
