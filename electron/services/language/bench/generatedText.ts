// Vietnamese-looking text for benchmarks: real syllables drawn with a skewed (Zipf-like)
// distribution from the reference sample's vocabulary plus generated syllables, so term
// frequencies resemble news text. Deterministic for a given seed.

import { allSyllables } from '../syllable';

const SAMPLE_VOCABULARY = `đợt sinh hoạt chính trị sâu rộng về tự soi sửa tại thành phố hà tĩnh đảng bộ tổ chức
gắn với các phong trào thi đua chào mừng kỷ niệm năm ngày bác hồ thăm và thành lập chủ đề làm theo
lời để chuyên đề đạt kết quả cao trở đã ban hành hướng dẫn số phổ biến tận chi thực hiện buổi viên
thẳng thắn nghiêm túc này nhằm mục đích nâng nhận thức trách nhiệm quyết tâm tinh thần tự giác gương
mẫu của cấp ủy cơ quan đơn vị cán công nhân chức đoàn hội triển khai đồng hiệu kết luận quy định
trung ương khóa đến thời điểm có sở trực thuộc đăng ký tham gia nhìn chung đúng đảm bảo mặt tiến độ
gian chất lượng tốt rõ được nhiều vấn sau cam tiêu biểu là phường tân giang nam bắc trường khối dân
kinh tế xã an ninh quốc phòng xây dựng hệ thống mạnh mẽ vững chắc trên tất cả lĩnh vực phát triển`;

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

let vocabulary: string[] | undefined;

function words(): string[] {
  if (!vocabulary) {
    const common = sampleVocabulary();
    const rare = [...allSyllables()].filter((_, i) => i % 3 === 0);
    vocabulary = [...common, ...rare];
  }
  return vocabulary;
}

/** The reference sample's own words, the most frequent in news text first. */
export function sampleVocabulary(): string[] {
  return SAMPLE_VOCABULARY.split(/\s+/u);
}

export function generatedArticleWords(random: () => number, count: number): string[] {
  return skewedWords(random, count, words());
}

/** `count` words drawn from `pool` with a Zipf-like skew towards its start. */
export function skewedWords(random: () => number, count: number, pool: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    // r^3 skews towards the start of the pool: the common news vocabulary.
    out.push(pool[Math.floor(random() ** 3 * pool.length)]!);
  }
  return out;
}

/**
 * The article the spelling benchmarks check: the reference article repeated to `count` words,
 * with a typo and 150 generated words after each copy, so suggestions run too.
 */
export function spellingBenchArticle(sample: string, count: number): string {
  const random = seededRandom(7);
  const typos = ['đươc', 'tồt', 'ngiêng', 'tòan', 'nguồi', 'vịêt'];
  let text = '';
  while (text.split(/\s+/u).length < count) text += `${sample}\n${typos[Math.floor(random() * typos.length)]} ${generatedArticleWords(random, 150).join(' ')}.\n`;
  return text.split(/(?<=\s)/u).slice(0, count).join('');
}
