import type { Library } from '../library/index.ts';
import { isTitle } from '../quotes/index.ts';
import { lookupTable } from '../lookup-table.ts';

/*
 * A kind of speaker asked for by a common word, not a name ("the principal", "the church",
 * "the owner of the dive boat"): the answer's articles must at least mention one. "What did
 * the principal say about the escape room fire" is not answered by the fire service and the
 * interior minister, whom the story's article quotes and never calls so.
 */

/**
 * The word of a typed speaker that says what kind they are ("owner" of "the owner of the dive
 * boat"), or none where it says how they stand to someone ("zamperoni's boss", "the council
 * member": whom the articles describe by the other end) or is an office (offices are held by
 * who-is-asked.ts and the office plan of ask.ts).
 */
export function kindAsked(speaker: string): string | undefined {
  if (/['’]s?(?:\s|$)/.test(speaker)) return undefined;
  const head = (/^(.+?)\s+(?:of|at|from|for|in|on|with)\s/i.exec(speaker)?.[1] ?? speaker).split(/\s+/).at(-1)!;
  return isTitle(head) || RELATION.test(head) ? undefined : head;
}

/**
 * Whether any of these articles mentions the kind `word` names, in any form of the word
 * ("prosecution" for "prosecutors"), or in the words the articles use for it (KIND_WORDS).
 */
export function mentionsKind(library: Library, word: string, articleIds: readonly string[]): boolean {
  if (library.wordsMissingFrom(word, articleIds).length === 0) return true;
  const lower = word.toLowerCase();
  // An agent's stem: "prosecut" of "prosecutors", "organis" of "organisers".
  const stem = lower.replace(/(?:ers?|ors?|ists?|s)$/, '');
  // (The stem as typed, escaped: "think?)" is words.)
  const forms = [...(stem.length >= 5 ? [stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')] : []), ...(KIND_WORDS[lower] ?? [])];
  if (forms.length === 0) return false;
  const pattern = new RegExp(`(?<!\\p{L})(?:${forms.join('|')})`, 'iu');
  return articleIds.some((id) => pattern.test(library.findArticleText(id) ?? ''));
}

// How someone stands to another, not what kind they are.
const RELATION = /^(?:members?|boss(?:es)?|guys?|gals?|dudes?|lady|ladies|man|men|woman|women|colleagues?|friends?|family|families|relatives?|people|folks?|persons?|team|staff|side|camp|some(?:one|body)|any(?:one|body)|ones?)$/i;

// Chat's words for a kind the articles name otherwise: forecasters are the weather service
// or the hurricane centre ("the National Hurricane Center said Humberto would pass by").
const KIND_WORDS: Record<string, readonly string[]> = lookupTable({
  forecasters: ['forecast', 'meteorolog', 'weather', 'hurricane cent'],
  meteorologists: ['forecast', 'meteorolog', 'weather', 'hurricane cent'],
  cops: ['police', 'officer'],
  // ("the pg&e exec": "Sumeet Singh, a vice president at PG&E".)
  exec: ['executive', 'president', 'ceo', 'chief', 'director', 'officer', 'manager'],
  execs: ['executive', 'president', 'ceo', 'chief', 'director', 'officer', 'manager'],
});
