// The newsroom's house-style rules (resources/language/house-style.vi.json), validated with
// zod. Every rule has a severity; "off" disables it. A wrong file gives one plain error that
// names each bad field, never a half-applied rule set.

import { z } from 'zod';

const Severity = z.enum(['error', 'warning', 'info', 'off']);
const WithSeverity = { severity: Severity };

export const HouseStyleRulesSchema = z
  .object({
    language: z.string(),
    tonePlacement: z.object({ ...WithSeverity, prefer: z.enum(['old', 'new']) }).strict(),
    quotes: z.object({ ...WithSeverity, open: z.string().length(1), close: z.string().length(1) }).strict(),
    spacing: z.object(WithSeverity).strict(),
    consistency: z.object(WithSeverity).strict(),
    abbreviations: z
      .object({ ...WithSeverity, preferred: z.record(z.string().min(1), z.string()) })
      .strict(),
    numbers: z
      .object({
        ...WithSeverity,
        thousandsSeparator: z.enum(['.', ' ', '\u00A0']),
        decimalSeparator: z.enum([',', '.']),
        groupFromDigits: z.number().int().min(4).max(12),
      })
      .strict(),
    dates: z.object({ ...WithSeverity, separator: z.enum(['/', '-', '.']), leadingZero: z.boolean() }).strict(),
    captionRepeatsBody: z
      .object({
        ...WithSeverity,
        maxDifferenceRatio: z.number().min(0).max(1),
        minWords: z.number().int().min(1),
      })
      .strict(),
    limits: z
      .object({
        ...WithSeverity,
        headlineMaxWords: z.number().int().positive(),
        sapoMaxWords: z.number().int().positive(),
      })
      .strict(),
    paragraphEnd: z.object(WithSeverity).strict(),
    flatArticle: z
      .object({
        sapoPrefix: z.string(),
        /** Regular expressions (source text) for site furniture lines to leave out. */
        skipLines: z.array(z.string()),
      })
      .strict(),
  })
  .strict();

export type HouseStyleRules = z.infer<typeof HouseStyleRulesSchema>;

export class HouseStyleRulesError extends Error {
  constructor(source: string, problems: string[]) {
    super(`Tệp quy định văn phong ${source} không hợp lệ / invalid house-style file:\n- ${problems.join('\n- ')}`);
    this.name = 'HouseStyleRulesError';
  }
}

export function parseHouseStyleRules(json: unknown, source = 'house-style.vi.json'): HouseStyleRules {
  const result = HouseStyleRulesSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new HouseStyleRulesError(source, problems);
  }
  for (const pattern of result.data.flatArticle.skipLines) {
    try {
      new RegExp(pattern, 'u');
    } catch {
      throw new HouseStyleRulesError(source, [`flatArticle.skipLines: not a valid regular expression: ${pattern}`]);
    }
  }
  return result.data;
}

/** Reads the JSON text of a rules file; syntax errors get the same plain message. */
export function parseHouseStyleRulesText(text: string, source = 'house-style.vi.json'): HouseStyleRules {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HouseStyleRulesError(source, [`JSON: ${(error as Error).message}`]);
  }
  return parseHouseStyleRules(json, source);
}
