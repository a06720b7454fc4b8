// The parts a written Vietnamese syllable is built from: initial consonants (onsets) and
// rhymes (vần), as the orthography defines them. This is grammar, not a word list: every
// combination the spelling rules allow is accepted, including rare ones, so a syllable is
// never flagged just because it is uncommon.

/** Onsets, longest first so that `ngh` is tried before `ng` and `n`. '' = no onset. */
export const ONSETS = [
  'ngh', 'ng', 'gh', 'gi', 'kh', 'ch', 'nh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
] as const;

export type Onset = (typeof ONSETS)[number];

/** Rhymes without a medial glide, grouped by nucleus. */
const PLAIN_RHYMES = `
  a ac ach ai am an ang anh ao ap at au ay
  ăc ăm ăn ăng ăp ăt
  âc âm ân âng âp ât âu ây
  e ec em en eng eo ep et
  ê êch êm ên ênh êp êt êu
  i ia ich im in inh ip it iu
  iêc iêm iên iêng iêp iêt iêu
  yêm yên yêng yêt yêu
  y
  o oc oi om on ong op ot oong ooc
  ô ôc ôi ôm ôn ông ôp ôt
  ơ ơi ơm ơn ơp ơt
  u uc ui um un ung up ut
  ua uôc uôi uôm uôn uông uôt
  ư ưc ưi ưm ưn ưng ưt ưu
  ưa ươc ươi ươm ươn ương ươp ươt ươu
`;

/** Rhymes that start with the medial glide /w/, written o before a ă e and u elsewhere. */
const MEDIAL_RHYMES = `
  oa oac oach oai oam oan oang oanh oao oap oat oay
  oăc oăm oăn oăng oăt
  oe oen oeo oet
  uân uâng uât uây
  uê uêch uênh
  uy uych uynh uyt uyu uya uyên uyêt
  uơ
`;

function words(list: string): string[] {
  return list.trim().split(/\s+/u);
}

export const plainRhymes: readonly string[] = words(PLAIN_RHYMES);
export const medialRhymes: readonly string[] = words(MEDIAL_RHYMES);

const STOP_FINALS = /(p|t|c|ch)$/u;

/** Syllables closed by -p -t -c -ch can only carry the sắc or nặng tone. */
export function endsInStop(rhyme: string): boolean {
  return STOP_FINALS.test(rhyme);
}
