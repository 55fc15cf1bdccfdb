/**
 * What a model says it quoted, checked against what the articles say. A model is asked
 * to copy words exactly; it paraphrases, straightens quote marks, cites the wrong
 * passage or invents. Each claimed quote is found in its passage (accepted), found there
 * once whitespace, quote marks and dashes are normalised (repaired: the article's own
 * characters are shown), found in another passage (re-attributed), or found nowhere
 * (rejected, never shown). Pure functions: the caller supplies passages with their text.
 */

/** A numbered piece of evidence the model saw: `text` is `articleText.slice(start, end)`. */
export interface Evidence {
  articleId: string;
  passageId?: string;
  start: number;
  text: string;
}

export interface Claim {
  /** 1-based number of the evidence the model cites. */
  passage: number;
  quote: string;
}

export type Verdict = 'accepted' | 'repaired' | 'reattributed' | 'rejected';

export interface CheckedClaim {
  claim: Claim;
  verdict: Verdict;
  /** Where the words are, for every verdict but rejected. */
  evidence?: number;
  /** Offsets into the article of evidence `evidence`. */
  start?: number;
  end?: number;
}

export interface Checks {
  accepted: number;
  repaired: number;
  reattributed: number;
  rejected: number;
}

// Quote marks and dashes a model may swap for their plain forms (or the other way round).
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

function normalizeChar(c: string): string {
  return c.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-');
}

/**
 * `text` with whitespace runs made one space and quote marks and dashes made plain, with
 * the offset in `text` of each character of the result (and one past the end).
 */
function normalizeWithMap(text: string): { normalized: string; map: number[] } {
  let normalized = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (normalized.endsWith(' ')) continue;
      normalized += ' ';
    } else {
      normalized += normalizeChar(c);
    }
    map.push(i);
  }
  map.push(text.length);
  return { normalized, map };
}

/** The claimed words, without the quote marks around them and without outer spaces. */
function bareQuote(quote: string): string {
  return quote.trim().replace(/^["“”'‘’«»\s]+|["“”'‘’«»\s]+$/g, '');
}

export function normalizeQuote(text: string): string {
  return normalizeWithMap(bareQuote(text)).normalized.trim();
}

/** Where `quote` is in `evidence.text`: exactly, or after normalising; offsets in the article. */
function locate(quote: string, evidence: Evidence): { start: number; end: number; exact: boolean } | undefined {
  if (!quote) return undefined;
  const at = evidence.text.indexOf(quote);
  if (at >= 0) return { start: evidence.start + at, end: evidence.start + at + quote.length, exact: true };
  const bare = bareQuote(quote);
  const bareAt = bare ? evidence.text.indexOf(bare) : -1;
  if (bareAt >= 0) return { start: evidence.start + bareAt, end: evidence.start + bareAt + bare.length, exact: true };
  const wanted = normalizeQuote(quote);
  if (wanted.length < 3) return undefined;
  const { normalized, map } = normalizeWithMap(evidence.text);
  const n = normalized.indexOf(wanted);
  if (n < 0) return undefined;
  return { start: evidence.start + map[n]!, end: evidence.start + map[n + wanted.length - 1]! + 1, exact: false };
}

/** Checks every claim against the evidence the model was given. */
export function checkClaims(claims: readonly Claim[], evidence: readonly Evidence[]): CheckedClaim[] {
  return claims.map((claim) => {
    const own = evidence[claim.passage - 1];
    const here = own && locate(claim.quote, own);
    if (here) return { claim, verdict: here.exact ? 'accepted' : 'repaired', evidence: claim.passage, start: here.start, end: here.end };
    for (const [i, other] of evidence.entries()) {
      const there = locate(claim.quote, other);
      if (there) return { claim, verdict: 'reattributed', evidence: i + 1, start: there.start, end: there.end };
    }
    return { claim, verdict: 'rejected' };
  });
}

export function countChecks(checked: readonly CheckedClaim[]): Checks {
  const counts: Checks = { accepted: 0, repaired: 0, reattributed: 0, rejected: 0 };
  for (const c of checked) counts[c.verdict]++;
  return counts;
}

export const UNVERIFIED = '[unverified quote removed]';

/**
 * The model's text with every double-quoted passage that is not one of `verified` (after
 * normalising) taken out: nothing the articles do not say word for word reaches a reader
 * between quote marks. Single quote marks are left alone; they are apostrophes as often.
 */
export function removeUnverifiedQuotes(text: string, verified: readonly string[]): string {
  const known = verified.map(normalizeQuote).filter(Boolean);
  return text.replace(/(["“”«»„])([^"“”«»„]{1,2000}?)(["“”«»„])/g, (whole, _open: string, inner: string) => {
    const words = normalizeQuote(inner);
    if (!words) return whole;
    return known.some((k) => k.includes(words)) ? whole : UNVERIFIED;
  });
}

/**
 * A preview of text still being written: every quoted passage, closed or not, replaced by
 * "…", since none is verified yet.
 */
export function withoutQuotes(text: string): string {
  return text.replace(/(["“”«»„])[^"“”«»„]*(?:["“”«»„]|$)/g, '…');
}
