// Every message the language checks show, in Vietnamese (default) and English. Findings carry
// the key and params too, so the renderer's i18n can render them itself if it prefers.

export type Locale = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

const MESSAGES = {
  'spelling.unknown': {
    vi: '“{word}” không phải là âm tiết tiếng Việt hợp lệ.',
    en: '“{word}” is not a valid Vietnamese syllable.',
  },
  'spelling.notAWord': {
    vi: '“{word}” không phải là một tiếng (âm tiết) có trong tiếng Việt.',
    en: '“{word}” is not a Vietnamese word (no Vietnamese syllable is spelled so).',
  },
  'spelling.glued': {
    vi: '“{word}” là các chữ viết liền nhau; có lẽ là “{split}”.',
    en: '“{word}” is words run together; probably “{split}”.',
  },
  'spelling.typingSlip': {
    vi: '“{word}” còn sót phím gõ dấu (Telex/VNI); có lẽ là “{suggestion}”.',
    en: '“{word}” still has input-method keys in it (Telex/VNI); probably “{suggestion}”.',
  },
  'spelling.likelyWrongWord': {
    vi: 'Có thể viết nhầm “{word}”: ở chỗ này thường viết “{suggestion}”.',
    en: 'Likely the wrong word: “{word}” — here it is usually “{suggestion}”.',
  },
  'spelling.tonePlacement': {
    vi: 'Bỏ dấu thanh kiểu {styleVi}; quy định của tòa soạn viết “{preferred}”.',
    en: 'Tone mark placed the {styleEn} way; house style writes “{preferred}”.',
  },
  'quotes.straight': {
    vi: 'Dùng ngoặc kép “ ” thay cho dấu " thẳng.',
    en: 'Use “ ” instead of straight quotes.',
  },
  'spacing.beforePunctuation': {
    vi: 'Thừa dấu cách trước “{mark}”.',
    en: 'Space before “{mark}”.',
  },
  'spacing.afterPunctuation': {
    vi: 'Thiếu dấu cách sau “{mark}”.',
    en: 'Missing space after “{mark}”.',
  },
  'spacing.double': {
    vi: 'Thừa dấu cách (nhiều dấu cách liền nhau).',
    en: 'More than one space in a row.',
  },
  'consistency.punctuation': {
    vi: '“{text}” được viết hai kiểu trong bài; chỗ khác viết “{preferred}” ({count} lần).',
    en: '“{text}” is written two ways in this article; elsewhere it is “{preferred}” ({count}×).',
  },
  'consistency.capitalisation': {
    vi: '“{text}” viết hoa không thống nhất; chỗ khác viết “{preferred}” ({count} lần).',
    en: 'Inconsistent capitals in “{text}”; elsewhere it is “{preferred}” ({count}×).',
  },
  'abbreviation.houseForm': {
    vi: 'Quy định của tòa soạn viết “{preferred}” thay cho “{text}”.',
    en: 'House style writes “{preferred}”, not “{text}”.',
  },
  'number.grouping': {
    vi: 'Số có từ {digits} chữ số trở lên tách hàng nghìn bằng dấu “{separator}”: {preferred}.',
    en: 'Numbers of {digits} or more digits group thousands with “{separator}”: {preferred}.',
  },
  'number.separators': {
    vi: '“{text}”: tách hàng nghìn bằng dấu “{thousands}”, phần thập phân bằng dấu “{decimal}”.',
    en: '“{text}”: thousands are grouped with “{thousands}” and decimals use “{decimal}”.',
  },
  'date.format': {
    vi: 'Ngày tháng viết theo kiểu ngày/tháng/năm của tòa soạn: “{preferred}”.',
    en: 'Dates follow the house day/month/year form: “{preferred}”.',
  },
  'caption.repeatsBody': {
    vi: 'Chú thích ảnh lặp lại gần nguyên văn đoạn {paragraph} của bài (khác {difference} chữ).',
    en: 'The caption repeats body paragraph {paragraph} almost word for word ({difference} words differ).',
  },
  'length.overLimit': {
    vi: '{partVi} dài {count} chữ, vượt giới hạn {limit} chữ.',
    en: 'The {partEn} has {count} words, over the {limit}-word limit.',
  },
  'length.overCharLimit': {
    vi: '{partVi} dài {count} ký tự, vượt giới hạn {limit} ký tự của tòa soạn.',
    en: 'The {partEn} has {count} characters, over the newsroom’s {limit}-character limit.',
  },
  'paragraph.noEndPunctuation': {
    vi: 'Đoạn văn kết thúc mà không có dấu chấm câu.',
    en: 'The paragraph ends without a full stop or other closing punctuation.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function formatMessage(key: MessageKey, params: MessageParams, locale: Locale = 'vi'): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
