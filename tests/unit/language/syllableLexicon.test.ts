import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../../electron/services/language/syllable';
import { spellingModel } from './languageFixtures';

const { lexicon } = spellingModel;

// One real word for every rhyme of the language (plain, with the medial glide, and after qu).
const ONE_WORD_PER_RHYME = `
  ba các sách hai làm bàn làng anh cao đáp hát sau tay mặc năm ăn răng gặp mắt giấc cấm dân
  tầng tập mất đâu này xe séc em đen kẻng mèo đẹp hét về ếch đêm trên bệnh bếp hết nêu đi kìa
  thích tim tin sinh kịp ít dịu việc kiểm tiền tiếng tiếp biết nhiều yếm yên yết yêu ý to học
  nói nhóm con trong họp ngọt xoong soóc cô gốc tôi hôm môn không hộp một cờ mới sớm hơn lớp
  ớt thu lúc vui chúm bún chung giúp phút mua cuộc tuổi buồm muốn xuống suốt thư sức ngửi từng
  đứt cứu chưa nước người bướm vườn trường cướp vượt rượu
  hoa khoác hoạch ngoài ngoàm toàn hoàng doanh thoát xoay ngoặc khoăn hoẵng ngoắt khoẻ hoen
  ngoèo khoét xuân khuâng thuật khuấy huế huếch huênh thuỷ huỵch huynh huýt khuỷu khuya
  chuyện tuyết thuở
  qua quách quai quan quang quanh quát quay quặc quăn quăng quắt quắp que quen quèo quét quê
  quên quến quện quệt quết quều quạu quân quầng quất quây quy quýnh quýt quỳ quyên quyết quở
  quốc quí
`.trim().split(/\s+/u);

describe('the syllable lexicon', () => {
  it('knows a real word for every rhyme of the language, qu- rhymes included (quên, quến, quện, quệt)', () => {
    for (const word of ONE_WORD_PER_RHYME) {
      expect(isVietnameseSyllable(word), `${word} is well formed`).toBe(true);
      expect(lexicon.has(word), `${word} is in the lexicon`).toBe(true);
    }
  });

  it('accepts both tone placements and any capitalisation', () => {
    for (const word of ['hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'Hòa', 'THUỶ', 'Nguyễn', 'Nẵng']) {
      expect(lexicon.has(word), word).toBe(true);
    }
  });

  it('does not have the well-formed syllables Vietnamese lacks', () => {
    const nonWords = 'sẳn hửu giửa nhiểm cở doàn dến dánh kện nhiệp thuyến ngưới xẽ chến'.split(' ');
    for (const word of nonWords) {
      expect(isVietnameseSyllable(word), `${word} is well formed`).toBe(true);
      expect(lexicon.has(word), `${word} is not a word`).toBe(false);
    }
  });

  it('holds every entry in a form the grammar accepts', () => {
    expect(lexicon.entries.length).toBeGreaterThan(6000);
    for (const entry of lexicon.entries) expect(isVietnameseSyllable(entry), entry).toBe(true);
  });
});
