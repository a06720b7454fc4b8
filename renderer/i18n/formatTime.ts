// Last-change times as a newsroom reads them: "5 phút trước" next to "14:05, 27/11/2025".
import i18next from 'i18next';
import { currentLocale } from './i18n';

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// Making a formatter is slow and the library shows two dates on every row: one per locale.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(formats: Map<string, F>, make: () => F): F {
  const locale = currentLocale();
  let format = formats.get(locale);
  if (!format) {
    format = make();
    formats.set(locale, format);
  }
  return format;
}

export function formatRelative(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = cached(relativeFormats, () => new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' }));
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return i18next.t('time.justNow');
}

export function formatAbsolute(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  // Numeric day/month as Vietnamese newsrooms write it: "22:56 27/11/2025".
  const format = cached(dateFormats, () =>
    new Intl.DateTimeFormat(currentLocale(), { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  );
  return format.format(date);
}

// Making a number format is slow and the status bar shows counts on every keystroke.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number): string {
  return cached(numberFormats, () => new Intl.NumberFormat(currentLocale())).format(value);
}
