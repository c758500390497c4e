import { position, type Move } from '../../../model/last-move';
import { outlookStrings } from '../../i18n/outlook';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { likelihoodText, wholeDate } from './words';

/** "▲ up from Roughly even chance (45–55%) on 3 Dec 2026": a scenario's recent move, after its likelihood. */
export function MoveNote({ move }: { move: Move }) {
  const locale = useLocale();
  const o = outlookStrings(locale.lang);
  const up = position(move.scenario.likelihood) > position(move.from);
  return (
    <span class="why">
      {' '}
      <span aria-hidden="true">{up ? '▲' : '▼'}</span>{' '}
      {fill(up ? o.movedUp : o.movedDown, {
        from: likelihoodText(move.from, locale),
        date: wholeDate(move.at, locale.lang),
      })}
    </span>
  );
}
