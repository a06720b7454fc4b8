// y-tiptap stores a mark that may overlap itself (two comments on one word) under
// `<mark>--<hash>`. y-tiptap does not export its hash, so this repeats its one line
// (`hashOfJSON`: lib0's binary "any" encoding of the mark's JSON, sha256, folded to 6 bytes,
// base64) with the same lib0 functions, so articles rebuilt from article.json look to the
// editor exactly as if it had written them.
import { encodeAny, toBase64 } from 'lib0/buffer';
import { digest } from 'lib0/hash/sha256';

const HASH_BYTES = 6;

/** y-tiptap's `_convolute`: XOR the whole digest into its first 6 bytes. */
function fold(bytes: Uint8Array): Uint8Array {
  const folded = bytes.slice(0, HASH_BYTES);
  for (let i = HASH_BYTES; i < bytes.length; i++) folded[i % HASH_BYTES] ^= bytes[i];
  return folded;
}

/** The 8-character suffix y-tiptap gives an overlapping mark with this JSON ({type, attrs?}). */
export function overlappingMarkHash(markJson: unknown): string {
  return toBase64(fold(digest(encodeAny(markJson))));
}
