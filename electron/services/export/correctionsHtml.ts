// The correction, clarification and update notices at the end of the exported page, oldest
// first, each with its kind in house style and its date in the newsroom's time zone.
import type { Correction } from '../../contract/article/articleNames';
import { formatShownDate, type HouseStyle } from './houseStyle';
import { h, type HtmlElement } from './htmlTree';

export function correctionsHtml(corrections: readonly Correction[], style: HouseStyle): HtmlElement | null {
  if (corrections.length === 0) return null;
  return h(
    'section',
    { class: 'corrections', 'aria-labelledby': 'corrections-heading' },
    h('h2', { id: 'corrections-heading' }, style.correctionsHeading),
    h(
      'ul',
      {},
      corrections.map((c) =>
        h(
          'li',
          { class: `correction correction-${c.kind}` },
          h('span', { class: 'correction-kind' }, style.correctionLabels[c.kind]),
          ' ',
          h('time', { datetime: c.at }, formatShownDate(c.at, style.timeZone)),
          ': ',
          c.text,
        ),
      ),
    ),
  );
}
