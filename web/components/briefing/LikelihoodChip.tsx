import { percentLabel, rangeLabel } from '../../../model/likelihood';
import type { Likelihood } from '../../../model/types';
import { useLocale } from '../../i18n/use-locale';

/** The likelihood in words and its range: the term carries the meaning, colour only echoes it. */
export function LikelihoodChip({ likelihood }: { likelihood: Likelihood }) {
  const { t, lang } = useLocale();
  if (likelihood.status === 'not_assessed') {
    return (
      <span class="chip chip-na" title={likelihood.reason}>
        {t.notAssessed}
      </span>
    );
  }
  const range =
    likelihood.percent === undefined ? rangeLabel(likelihood.term, lang) : percentLabel(likelihood.percent, lang);
  return (
    <span class={`chip chip-${likelihood.term}`}>
      {t[likelihood.term]} <span class="range">{range}</span>
    </span>
  );
}
