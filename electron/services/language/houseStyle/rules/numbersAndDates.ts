// Number and date formats. Vietnamese groups thousands with "." and writes decimals with ","
// (8.431 đảng viên; 2,5%); dates are day/month/year (19/5/2022). Only forms that are
// unambiguously off-style are reported: ungrouped numbers of 5+ digits (4-digit numbers
// are usually years), English grouping such as 1,234,567 or 1,234.5, and dates with
// another separator or a leading zero the house does not use. Codes (03/HD-Th.U), phone
// numbers and version numbers (4.0) are left alone.

import type { HouseStyleRules } from '../houseStyleRules';
import type { RuleHit, StyleRule } from '../ruleTypes';

const DATE = /(?<![\p{L}\p{N}./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}]|[./-]\d)/gu;
const NUMBER = /(?<![\p{L}\p{N}./,-])\d[\d.,]*\d(?![\p{L}\p{N}]|[./-]\d)/gu;
const ENGLISH_GROUPING = /^\d{1,3}(,\d{3}){2,}(\.\d+)?$|^\d{1,3}(,\d{3})+\.\d+$/u;

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function checkDates(text: string, part: number, rules: HouseStyleRules, hits: RuleHit[], taken: Array<[number, number]>): void {
  const { separator, leadingZero } = rules.dates;
  for (const m of text.matchAll(DATE)) {
    const [whole, day, , month, year] = m as unknown as [string, string, string, string, string];
    if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) continue;
    taken.push([m.index!, m.index! + whole.length]);
    const pad = (n: string) => (leadingZero ? n.padStart(2, '0') : String(Number(n)));
    const preferred = [pad(day), pad(month), year].join(separator);
    if (preferred === whole) continue;
    hits.push({ part, messageKey: 'date.format', params: { preferred }, text: whole, from: m.index!, to: m.index! + whole.length, suggestions: [preferred] });
  }
}

function checkNumbers(text: string, part: number, rules: HouseStyleRules, hits: RuleHit[], taken: Array<[number, number]>): void {
  const { thousandsSeparator, decimalSeparator, groupFromDigits } = rules.numbers;
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index!;
    const number = m[0];
    if (taken.some(([from, to]) => at >= from && at < to)) continue;
    if (/^\d+$/u.test(number)) {
      if (number.length < groupFromDigits || number.startsWith('0')) continue; // phone numbers, codes
      const preferred = group(number, thousandsSeparator);
      hits.push({
        part, messageKey: 'number.grouping',
        params: { digits: groupFromDigits, separator: thousandsSeparator, preferred },
        text: number, from: at, to: at + number.length, suggestions: [preferred],
      });
      continue;
    }
    if (ENGLISH_GROUPING.test(number)) {
      const [integer, fraction] = number.split('.');
      const preferred = group(integer!.replace(/,/g, ''), thousandsSeparator) + (fraction ? decimalSeparator + fraction : '');
      hits.push({
        part, messageKey: 'number.separators',
        params: { text: number, thousands: thousandsSeparator, decimal: decimalSeparator },
        text: number, from: at, to: at + number.length, suggestions: [preferred],
      });
    }
  }
}

export const dateFormat: StyleRule = {
  id: 'date-format',
  setting: 'dates',
  check(parts, rules) {
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => checkDates(part.text, index, rules, hits, []));
    return hits;
  },
};

export const numberFormat: StyleRule = {
  id: 'number-format',
  setting: 'numbers',
  check(parts, rules) {
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => {
      const dates: Array<[number, number]> = [];
      checkDates(part.text, index, rules, [], dates);
      checkNumbers(part.text, index, rules, hits, dates);
    });
    return hits;
  },
};
