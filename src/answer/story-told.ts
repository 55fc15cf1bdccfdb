// Whether the articles tell what a question asks of them: a deed someone did, a story's
// other words, what came of it. Pure checks over the library's words; ask.ts decides what an
// answer does with them.
import type { Library } from '../library/index.ts';
import { ANY_STORY_VERB } from './relevance-bar.ts';
import { namesHeld } from './topic-names.ts';
import { lookupTable } from '../lookup-table.ts';

// A blow any story tells its own way: a storm, a strike, a scandal "hit".
const BLOW = /^(?:hit|hits|hitting)$/;

// Verbs' past forms without "-ed", which an article may tell in other words as the "-ed"
// ones: "left" (resigned), "fled" (escaped), "quit" (stepped down).
const IRREGULAR_PAST = /^(?:left|quit|fled|fought|lost|broke|shot|struck|sold|bought|met|led|held|ran|fell|rose|sent|spent|built|began|drove|flew|threw|hid|beat|caught|fed|froze|hung|hurt|knew|laid|paid|rode|sank|sat|slept|stole|stuck|swore|swept|taught|tore|woke|wore|wept|won|shut|cut|set|split|spread|upset|bet|cast)$/;

// Words any story has: a topic of only these names none ("the result", "the news").
// ("the bruce mcarthur case", "the whole brexit saga", "the hagia sophia row": the story by
// its names alone.)
export const VAGUE = /^(?:results?|news|outcomes?|decisions?|announcements?|situation|things?|everything|events?|findings|latest|matter|issue|case|saga|affair|story|stuff|row|rows|spat|feud|standoff|stand-off|controversy|furore|furor|uproar|drama)$/;

/**
 * True when the article tells a deed: it holds, in some form, words that weigh at least half
 * of the deed's, by how rare they are ("scripps" of "runs scripps"; not "dinosaur" and
 * "found" of "found a dinosaur fossil in his backyard"). Where the deed has names, they
 * tell it, not the reader's verbs: "hit back at macron over the amazon" is told by an
 * article that has Macron and the Amazon, never "hit back".
 */
export function tellsDeed(library: Library, deed: string, articleId: string): boolean {
  const missing = new Set(library.wordsMissingFrom(deed, [articleId]));
  const weights = library.termWeights(deed);
  const names = weights.filter(([term]) => library.writes(term) === 'capitalised');
  const told = names.length > 0 ? names : weights;
  const total = told.reduce((sum, [, idf]) => sum + idf, 0);
  const held = told.reduce((sum, [term, idf]) => sum + (missing.has(term) ? 0 : idf), 0);
  return 2 * held >= total;
}

/**
 * True when the articles that hold every name of a story hold none of its other words in
 * any form: "the notre dame reopening", "the tonga volcano eruption" ask for what happened
 * next, or elsewhere, to a story the library tells otherwise. Words any story has ("the
 * results") say nothing either way. (Most of its words was tried: "the puerto rico governor
 * crisis" is told without the word "crisis".)
 */
export function tellsAnotherStory(library: Library, topic: string, names: readonly string[], articleIds: readonly string[]): boolean {
  const story = namedStory(library, topic, names, articleIds);
  // (Nor a verb any story's telling may word its own way: "when dorian hit abaco" is told by
  // the article on the hurricane that "made landfall" and left Abaco "decimated".)
  const told = library.termWeights(topic).map(([term]) => term).filter((term) => !names.includes(term) && !VAGUE.test(term) && !ANY_STORY_VERB.test(term) && !BLOW.test(term));
  if (story.length === 0 || told.length === 0) return false;
  const missing = new Set(library.wordsMissingFrom(told.join(' '), story));
  // (A verb's form they lack, but an event's, tells no other story: "when erdogan floated
  // turning hagia sophia into a mosque" is told by the article that says "converting", "why
  // bolton left" by the one that says he resigned.)
  const telling = told.filter((term) => !(missing.has(term) && (/(?:ing|ed)$/.test(term) || IRREGULAR_PAST.test(term)) && !EVENTS.test(term)));
  return telling.length > 0 && telling.every((term) => missing.has(term));
}

/**
 * True when the topic asks for what came of a story that its articles never tell: an event
 * word none of the articles holding its names has in any form ("the christchurch shooter's
 * life sentence" of the articles on the shooting, "trump pardoning manafort" of those on
 * his sentencing).
 */
export function happensNext(library: Library, topic: string, names: readonly string[], articleIds: readonly string[]): boolean {
  const story = namedStory(library, topic, names, articleIds);
  return story.length > 0 && untoldEvent(library, topic, story);
}

/**
 * True when the topic has an event word (EVENTS) that none of these articles holds in any
 * form, nor any sign of (a trial's prosecutor: "the bradford abuse trial" is told by the
 * article that says who prosecuted, and never "trial").
 */
export function untoldEvent(library: Library, topic: string, articleIds: readonly string[]): boolean {
  const events = library.termWeights(topic).map(([term]) => term).filter((term) => EVENTS.test(term));
  return library.wordsMissingFrom(events.join(' '), articleIds).some((event) => {
    const signs = EVENT_SIGNS[event.replace(/s$/, '')];
    return !signs || library.wordsMissingFrom(signs, articleIds).length === signs.split(' ').length;
  });
}

/** The articles among these that hold every one of a story's names. */
function namedStory(library: Library, topic: string, names: readonly string[], articleIds: readonly string[]): string[] {
  const held = namesHeld(library, names, { topic });
  return articleIds.filter((id) => held(id) === 1);
}

// What comes of a story, each a story of its own; and happenings no other word tells ("the
// bahamas election" is no story of the articles on its hurricane, which never say
// "election"). (Not "riots" or "wildfires", which articles tell as "protests" and "fires".)
const EVENTS = /^(?:sentences?|sentenced|sentencing|verdicts?|trials?|pardons?|pardoned|pardoning|appeals?|acquittal|acquitted|convictions?|convicted|indictment|indicted|resignation|funerals?|anniversary|reopening|restoration|rebuilding|inauguration|referendum|ceasefire|recall|lawsuits?|settlement|extradition|memorial|retirement|parole|elections?|earthquakes?|quakes?|weddings?|olympics|eruption|tsunami|floods?|flooding|drought|heatwave|deaths?)$/;

// Words only an event's telling has: a trial's prosecutor, defendant and jury.
const EVENT_SIGNS: Record<string, string> = lookupTable({
  trial: 'prosecutor prosecutors prosecuted prosecution defendant defendants jury testified testimony',
  // (A death is told as someone dying or killed: "the deaths in the fire". "dies" is any form
  // of the verb; "died" would be the toll's words too, "dead", "deaths", which any death has.)
  death: 'dies dying killed',
});
