import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { ArticleSummary, FollowedFeed, SpeakerSummary } from '../library/index.ts';
import { LIMITS, truncate } from './limits.ts';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** True when `text` contains `typed`, ignoring case and accents ("erdogan" finds "Erdoğan"). */
export function contains(text: string, typed: string): boolean {
  return fold(text).includes(fold(typed.trim()));
}

/** Up to 25 choices from `items` whose label contains what the user typed, best first. */
function choose<T>(items: readonly T[], typed: string, label: (item: T) => string, value: (item: T) => string): ApplicationCommandOptionChoiceData<string>[] {
  const needle = fold(typed.trim());
  const matching = needle ? items.filter((item) => fold(label(item)).includes(needle)) : [...items];
  // Labels that start with the typed text first, then the rest in their given order.
  matching.sort((a, b) => Number(fold(label(b)).startsWith(needle)) - Number(fold(label(a)).startsWith(needle)));
  return matching.slice(0, LIMITS.autocompleteChoices).map((item) => ({
    name: truncate(label(item), LIMITS.choiceName),
    value: value(item).slice(0, LIMITS.choiceValue),
  }));
}

/** Article choices: the title shown, the id (16 hex digits) sent back; newest first when nothing is typed. */
export function articleChoices(articles: readonly ArticleSummary[], typed: string) {
  return choose([...articles].reverse(), typed, (a) => a.title, (a) => a.id);
}

/** Speaker choices: most quoted first; the name is both label and value (cut to Discord's 100). */
export function speakerChoices(speakers: readonly SpeakerSummary[], typed: string) {
  return choose(speakers, typed, (s) => s.name, (s) => s.name);
}

/**
 * Followed-feed choices: the title and URL shown, the URL sent back (cut to Discord's 100
 * characters; /unfollow takes a unique start of a URL).
 */
export function feedChoices(feeds: readonly FollowedFeed[], typed: string) {
  return choose(feeds, typed, (f) => (f.title ? `${f.title} — ${f.url}` : f.url), (f) => f.url);
}
