/*
 * Someone's other words, asked for past those the asker already has: "apart from the warm
 * water …, what else did alley say", "miller said men and women are now similarly situated,
 * what else did he say", "anything more from baloch besides …", "what else did the captain
 * say, not the bit about …". Pure.
 */

const BESIDES = '(?:other\\s+than|besides|apart\\s+from|aside\\s+from)';
// The ask for more of one speaker's words (not "who else", which asks for other voices).
const ELSE_ASKED = /^(?:so\s+|and\s+)?(?:what\s+else\s+(?:did|does|has|have|had)\s+(?!(?:anyone|anybody|people|others?|everyone)\b)\S|(?:anything|something)\s+(?:else|more)\s+(?:from|by)\s+\S)/i;

// "apart from X, what else did Y say …", "other than X, anything else from Y on …".
const HAD_FIRST = new RegExp(`^\\s*${BESIDES}\\s+(.{3,120}?)\\s*,\\s*(\\S.*)$`, 'i');
// "anything more from Y besides X".
const HAD_AFTER = new RegExp(`^\\s*((?:anything|something)\\s+(?:else|more)\\s+(?:from|by)\\s+.+?)\\s+${BESIDES}\\s+(.{3,120}?)\\s*[?.!]*\\s*$`, 'i');
// "what else did Y say …, not the bit about X".
const HAD_NOT = /^\s*(what\s+else\s+.+?)\s*,\s*(?:but\s+)?not\s+(?:the\s+(?:bit|part|stuff|thing|one|line|quote)\s+)?(?:about|on|where|when)\s+(.{3,120}?)\s*[?.!]*\s*$/i;
// "Y said X, what else did he say", "Y told Z X, did he say anything else".
const SAID_THEN = /^\s*((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:said|says|told|tweeted|wrote|claimed|called|warned|argued)\s+(.{3,160}?)\s*[,;.–—-]+\s*(?:so\s+|and\s+)?(?:what\s+else\s+did\s+(?:he|she|they)\s+say|did\s+(?:he|she|they)\s+say\s+anything\s+(?:else|more)|anything\s+(?:else|more)(?:\s+from\s+(?:him|her|them))?)\s*[?.!]*\s*$/iu;

/**
 * A question for someone's other words, as the ask it leaves ("what else did alley say") and
 * the words the asker has ("the warm water attacking the ice shelves"), which the answer
 * shows after the rest. Undefined for any other question.
 */
export function wordsHad(question: string): { asked: string; had: string } | undefined {
  const first = HAD_FIRST.exec(question);
  if (first && ELSE_ASKED.test(first[2]!)) return { asked: first[2]!, had: first[1]! };
  const after = HAD_AFTER.exec(question);
  if (after) return { asked: after[1]!, had: after[2]! };
  const not = HAD_NOT.exec(question);
  if (not) return { asked: not[1]!, had: not[2]! };
  const said = SAID_THEN.exec(question);
  // (Not someone told by a deed: "that hk voter who called it a protest vote, what else did she say".)
  if (said && !/^(?:who|what|someone|somebody|anyone|people|they|he|she|i)$/i.test(said[1]!) && !/\b(?:who|which|that|whose)\b/i.test(said[1]!)) return { asked: `what did ${said[1]} say about ${said[2]}`, had: said[2]! };
  return undefined;
}

// How much of the words the asker has a quote must hold to be those words, as chat recalls
// them ("told foreign forces to get out" of "foreign powers should 'get out of the region'").
const HELD = 0.75;
// A word's stem, for telling the words had in a quote: "attacking" is "attac", "attack" too.
const STEM = 5;
const NO_WORD = /^(?:the|and|are|was|were|been|being|for|but|not|you|his|her|its|has|had|have|did|say|said|that|this|these|those|there|their|with|from|into|over|they|them|then|than|what|when|which|will|would|could|should|some|also|just|very|more|much|about|stuff|bit|part|thing)$/;

/** True when a quote holds most of the words the asker has: the words they already have. */
export function holdsWordsHad(quote: string, had: string): boolean {
  const stems = [...new Set((had.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !NO_WORD.test(w)).map((w) => w.slice(0, STEM)))];
  if (stems.length === 0) return false;
  const text = quote.toLowerCase();
  return stems.filter((s) => text.includes(s)).length >= HELD * stems.length;
}
