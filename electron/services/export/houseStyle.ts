// The newsroom's house style for exported pages (resources/export/houseStyle.json), which a
// caller may override from settings.
import { z } from 'zod';
import defaults from '../../../resources/export/houseStyle.json';

export const HouseStyleSchema = z.object({
  creditPrefix: z.string().default('Ảnh: '),
  relatedHeading: z.string().min(1).default('Đọc thêm'),
  /** Titles the correction, clarification and update notices at the end of the page. */
  correctionsHeading: z.string().min(1).default('Đính chính và cập nhật'),
  correctionLabels: z
    .object({ correction: z.string().min(1), clarification: z.string().min(1), update: z.string().min(1) })
    .default({ correction: 'Đính chính', clarification: 'Làm rõ', update: 'Cập nhật' }),
  timeZone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'unknown time zone')
    .default('Asia/Ho_Chi_Minh'),
  siteName: z.string().default(''),
});
export type HouseStyle = z.infer<typeof HouseStyleSchema>;

export function houseStyle(overrides: Partial<HouseStyle> = {}): HouseStyle {
  return HouseStyleSchema.parse({ ...defaults, ...overrides });
}

/** `08:30 12/05/2024` in the newsroom's time zone: stable, whatever the machine's zone. */
export function formatShownDate(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
}
