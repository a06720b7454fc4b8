// Newsroom-wide settings: house style that differs from one newsroom to the next. Kept in
// settings.json so a desk can change them without a new release.
import { z } from 'zod';

export const tonePlacements = ['old', 'new', 'either'] as const;

export const NewsroomSettings = z
  .object({
    /** Prefixed to every sapo by house style, e.g. "(Baohatinh.vn) - ". Empty for none. */
    sourcePrefix: z.string().max(80),
    sections: z.array(z.string().min(1).max(80)).max(200),
    /** The controlled list of topics/series ("Chủ đề"); editors and the desk may extend it. */
    topics: z.array(z.string().min(1).max(200)).max(1000),
    headlineMaxChars: z.number().int().min(10).max(1000),
    sapoMaxChars: z.number().int().min(10).max(5000),
    /** hòa (old) or hoà (new): which tone placement house style prefers. */
    tonePlacement: z.enum(tonePlacements),
    /** Syllables a minute, for reading time. */
    readingRate: z.number().int().min(60).max(1000),
    /** Where exported packages go. */
    exportPath: z.string().max(4096),
    /** Words the newsroom added from the spell checker. */
    dictionary: z.array(z.string().min(1).max(100)).max(50_000),
    /** The newsroom's people: offered when assigning an article and when @mentioning in a comment. */
    people: z.array(z.string().min(1).max(120)).max(2000),
  })
  .strict();

export type NewsroomSettingsData = z.infer<typeof NewsroomSettings>;

export const NewsroomSettingsPatch = NewsroomSettings.partial().strict();

export const defaultNewsroomSettings = (exportPath: string): NewsroomSettingsData => ({
  sourcePrefix: '',
  sections: ['Thời sự', 'Chính trị', 'Kinh tế', 'Xã hội', 'Văn hóa', 'Thể thao', 'Pháp luật'],
  topics: [],
  headlineMaxChars: 120,
  sapoMaxChars: 400,
  tonePlacement: 'either',
  readingRate: 220,
  exportPath,
  dictionary: [],
  people: [],
});
