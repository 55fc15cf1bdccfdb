/**
 * Scoring of predicted attributions against gold ones, after the GenderGapTracker
 * protocol: one-to-one matching, content judged by the share of gold characters a
 * prediction covers, and an exact level that compares the fragments' words.
 */

export type Kind = 'direct' | 'mixed' | 'indirect';

export interface Item {
  fragments: Array<[number, number]>;
  kind: Kind;
  /** Gold: the source span; predicted: the speaker mention. */
  source?: [number, number];
}

export interface Counts {
  predicted: number;
  gold: number;
  matched: number;
  /** Matched pairs whose gold has a source, and of those, how many the predicted mention overlaps. */
  withSource: number;
  speakerRight: number;
}

export const LEVELS = ['exact', 'coverage > 0.8', 'coverage > 0.3'] as const;
export type Level = (typeof LEVELS)[number];

function chars(item: Item, text: string): Set<number> {
  const set = new Set<number>();
  for (const [s, e] of item.fragments) for (let i = s; i < e; i++) if (!/\s/.test(text[i]!)) set.add(i);
  return set;
}

/** A fragment's words, for the exact level: no outer whitespace, quote marks or trailing punctuation. */
export function normalizeFragment(fragment: string): string {
  return fragment
    .trim()
    .replace(/^["'\u201c\u201d\u2018\u2019\s]+|["'\u201c\u201d\u2018\u2019\s]+$/g, '')
    .replace(/[.,;:!?\u2026\s]+$/, '')
    .replace(/^["'\u201c\u201d\u2018\u2019\s]+|["'\u201c\u201d\u2018\u2019\s]+$/g, '')
    .replace(/\s+/g, ' ');
}

function exactKey(item: Item, text: string): string {
  return item.fragments.map(([s, e]) => normalizeFragment(text.slice(s, e))).filter(Boolean).join(' | ');
}

/** Matches predictions to gold one-to-one at a level and counts the outcome. */
export function score(text: string, gold: readonly Item[], predicted: readonly Item[], level: Level): Counts {
  const counts: Counts = { predicted: predicted.length, gold: gold.length, matched: 0, withSource: 0, speakerRight: 0 };
  const pairs: Array<[number, number, number]> = [];
  const goldChars = gold.map((g) => chars(g, text));
  const predChars = predicted.map((p) => chars(p, text));
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (level === 'exact') {
        if (exactKey(g, text) === exactKey(p, text)) pairs.push([1, gi, pi]);
        return;
      }
      const gc = goldChars[gi]!;
      if (gc.size === 0) return;
      let overlap = 0;
      for (const c of predChars[pi]!) if (gc.has(c)) overlap++;
      const coverage = overlap / gc.size;
      if (coverage > (level === 'coverage > 0.8' ? 0.8 : 0.3)) pairs.push([coverage, gi, pi]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue;
    usedGold.add(gi);
    usedPred.add(pi);
    counts.matched++;
    const g = gold[gi]!;
    const p = predicted[pi]!;
    if (g.source) {
      counts.withSource++;
      if (p.source && p.source[0] < g.source[1] && g.source[0] < p.source[1]) counts.speakerRight++;
    }
  }
  return counts;
}

export function add(a: Counts, b: Counts): Counts {
  return {
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    matched: a.matched + b.matched,
    withSource: a.withSource + b.withSource,
    speakerRight: a.speakerRight + b.speakerRight,
  };
}

export function f1(c: Counts): { precision: number; recall: number; f1: number; speaker: number } {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speaker: c.withSource ? c.speakerRight / c.withSource : 0,
  };
}
