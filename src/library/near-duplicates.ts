/**
 * Near-duplicate stories: the same wire copy syndicated by two sites, each with its own
 * headline, boilerplate and a sentence trimmed here or there. Two texts are compared by
 * their five-word phrases (shingles): the share of phrases they have in common (Jaccard)
 * is estimated from a 128-value MinHash signature stored with each article, so finding
 * the candidates costs one pass over small signatures, not over the texts.
 */

const SHINGLE_WORDS = 5;
const PERMUTATIONS = 128;

/**
 * At or above this estimated Jaccard similarity two articles are one story. Measured on
 * the 200 Wikinews articles (npm run bench:ingest): of the 19,900 pairs of distinct
 * stories, follow-ups on one event included, none scores over 0.09; a copy of each with
 * an editor's line and a licence line added and its last paragraph trimmed scores 0.45
 * to 1 (median 0.82), and 199 of 200 such copies reach 0.5. Half the phrases in common
 * leaves a wide margin on both sides.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/**
 * Texts shorter than this many words are never near-duplicates, only exact ones: two
 * short notices that differ in one number ("the timetable changes on the 1st" and "on the
 * 2nd") share most of their phrases and are still two pieces of news.
 */
export const MIN_WORDS = 50;

/** True when a text is long enough for near-duplicate detection. */
export function comparable(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_WORDS;
}

// Seeds for the 128 hash functions, fixed so that signatures stored today compare with
// those computed next year.
const SEEDS = (() => {
  const seeds = new Uint32Array(PERMUTATIONS);
  let x = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    seeds[i] = x;
  }
  return seeds;
})();

/** 32-bit FNV-1a. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The hashes of a text's five-word phrases, words lower-cased and stripped of punctuation. */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const found = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) found.add(hashString(words.join(' ')));
    return found;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) found.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return found;
}

/** The MinHash signature of a text: per hash function, the least hash of its shingles. */
export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = mix(shingle ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the texts behind two signatures, in [0, 1]. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

export function signatureToBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBlob(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
