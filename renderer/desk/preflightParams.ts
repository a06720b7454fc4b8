// Pre-flight parameters as a person reads them: the desk's times (an embargo's end, a planned
// publish time, a deadline) arrive as ISO instants and are shown in local date and time, a
// planned length's unit and an alternative headline's name in words.
import type { TFunction } from 'i18next';
import type { Params } from '../../electron/contract/errors';
import { formatAbsolute } from '../i18n/formatTime';

const TIMES = ['until', 'publishAt', 'deadline'];

export function shownPreflightParams(params: Params, t: TFunction): Params {
  const shown: Params = { ...params };
  // A planned length's unit (words | characters) in words.
  if (params.unit === 'words' || params.unit === 'characters') shown.unit = t(`desk.length.unit.${params.unit}`);
  // Which alternative headline is too long, in words.
  if (typeof params.which === 'string') shown.which = t(`desk.alt.short.${params.which}`, { defaultValue: params.which });
  for (const key of TIMES) {
    const value = params[key];
    if (typeof value === 'string') shown[key] = formatAbsolute(value) || value;
  }
  return shown;
}
