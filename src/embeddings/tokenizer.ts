/**
 * The Universal Sentence Encoder lite tokenizer: SentencePiece unigram segmentation
 * over the model's `vocab.json` ([piece, logProbability] pairs, id = array index).
 *
 * Written here rather than imported from `@tensorflow-models/universal-sentence-encoder`
 * because that package's peer dependencies pin TensorFlow.js 3 and break a plain
 * `npm ci` next to the tfjs 4.22 we run the graph with.
 */

/** [piece, score] as stored in vocab.json. */
export type VocabEntry = [piece: string, score: number];

const UNKNOWN_ID = 0;
// The first six ids are <unk>, <s>, </s> and three reserved symbols; they never
// match text (the reference tokenizer skips them too).
const FIRST_PIECE_ID = 6;
// A character no piece covers becomes <unk>; its cost must be worse than any real
// piece so that unknown characters are only used when nothing else fits.
const UNKNOWN_SCORE = -100;
const WORD_START = '\u2581'; // "▁", SentencePiece's word-boundary marker

interface TrieNode {
  children: Map<string, TrieNode>;
  id: number;
  score: number;
}

function createNode(): TrieNode {
  return { children: new Map(), id: -1, score: 0 };
}

export class UseTokenizer {
  private readonly root: TrieNode = createNode();

  constructor(vocab: readonly VocabEntry[]) {
    for (let id = FIRST_PIECE_ID; id < vocab.length; id++) {
      const entry = vocab[id];
      if (!entry) continue;
      let node = this.root;
      for (const symbol of entry[0]) {
        let next = node.children.get(symbol);
        if (!next) {
          next = createNode();
          node.children.set(symbol, next);
        }
        node = next;
      }
      node.id = id;
      node.score = entry[1];
    }
  }

  /** Token ids of `text`, by the highest-scoring segmentation (Viterbi). */
  encode(text: string): number[] {
    const symbols = [...(WORD_START + text.normalize('NFKC').replace(/ /g, WORD_START))];
    const n = symbols.length;
    const best = new Float64Array(n + 1).fill(-Infinity);
    const lastId = new Int32Array(n + 1);
    const lastStart = new Int32Array(n + 1);
    best[0] = 0;

    for (let start = 0; start < n; start++) {
      const base = best[start]!;
      if (base === -Infinity) continue;
      let node: TrieNode | undefined = this.root;
      let matched = false;
      for (let end = start; end < n && node; end++) {
        node = node.children.get(symbols[end]!);
        if (node && node.id >= 0) {
          matched ||= end === start;
          const score = base + node.score;
          if (score > best[end + 1]!) {
            best[end + 1] = score;
            lastId[end + 1] = node.id;
            lastStart[end + 1] = start;
          }
        }
      }
      if (!matched && base + UNKNOWN_SCORE > best[start + 1]!) {
        best[start + 1] = base + UNKNOWN_SCORE;
        lastId[start + 1] = UNKNOWN_ID;
        lastStart[start + 1] = start;
      }
    }

    const ids: number[] = [];
    for (let end = n; end > 0; end = lastStart[end]!) {
      const id = lastId[end]!;
      // Runs of unknown characters collapse to one <unk>, as SentencePiece does.
      if (!(id === UNKNOWN_ID && ids.at(-1) === UNKNOWN_ID)) ids.push(id);
    }
    return ids.reverse();
  }
}
