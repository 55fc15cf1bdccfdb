import { isCountry, isUsState } from '../quotes/index.ts';

// Words that join the stories of a question asked across articles.
const JOINERS = /\s*(?:,\s*(?:(?:and|then|like|later)\s+)*|\s(?:and\s+then|then|and|as\s+well\s+as|like|plus|or|vs\.?|versus)\s)\s*/i;

/**
 * The stories a topic joins, when it joins several ("slug glue and the self-cleaning toilet
 * coating", "the gulf, and then the plane"): each is searched on its own as well as the
 * whole, so one story's voices do not crowd out the other's. Empty for one story.
 *
 * @example
 * topicParts('the b-17 crash and the london travelator death') // → ['the b-17 crash', 'the london travelator death']
 */
export function topicParts(topic: string): string[] {
  // "the clash between russia and ukraine", "both the us and china": one story's two sides;
  // not "both the notre dame fire and the amazon fires", two stories.
  const paired = topic.replace(/\b((?:between|both)\s+(?:the\s+)?(?:\S+\s+)?\S+)\s+and\s+/giu, '$1 \u0000 ');
  // A line in quotes is one thing said, whatever it joins: "read my lips, no new taxes".
  // (…and a place's country or state after a comma is where it is: "a military base in
  // Maidan Wardak, Afghanistan", "the streets of Cahors, France".)
  const quoted = paired
    .replace(/["“][^"“”]+["”]/gu, (line) => line.replace(/,/g, '\u0001').replace(/\s/g, '\u0002'))
    .replace(/,(\s+)((?:\p{L}+\s+){0,2}\p{L}+)(?=\s*(?:[,.?!]|$)|\s+(?:and|then|or|plus|vs)\b)/gu, (whole, space: string, place: string) => (isCountry(place) || isUsState(place) ? `\u0001${space.replace(/\s/g, '\u0002')}${place.replace(/\s/g, '\u0002')}` : whole));
  const parts = quoted
    .split(JOINERS)
    // ("… and later to the verdict": "later" is no word of the story.)
    .map((p) => p.replace('\u0000', 'and').replace(/\u0001/g, ',').replace(/\u0002/g, ' ').replace(/^(?:(?:also|later|afterwards|first)\s+)?/i, '').trim())
    .filter((p) => /\p{L}{3,}/u.test(p.replace(/\b(?:the|a|an|of|to|in|on|from|about|this|that|year|people)\b/giu, '')));
  return parts.length >= 2 && parts.length <= 4 ? parts : [];
}
