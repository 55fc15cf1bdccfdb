import type { StoredQuote } from '../library/index.ts';
import { countriesIn, peopleNames } from './topic-names.ts';

/*
 * A country's body asked for by what it is: "the cuban police", "the tongan government",
 * "the indonesian navy", "us authorities". Its words are those of a speaker of that kind
 * (a police force or an officer for "police"; a ministry, a minister, an official or an
 * embassy for "government") quoted in an article that names the country. Where none is, the
 * story's other voices ("the bus driver", "Sky News") are not its words.
 */

// Each kind of body, as typed, and how the articles name or describe those who speak for it.
const GOVERNMENT = /\b(?:government|ministry|minister|department|secretary|president|presidency|prime minister|premier|chancellor|cabinet|spokes(?:man|woman|person)|officials?|authorit(?:y|ies)|embassy|ambassador|agency|state media|office)\b/;
// (An embassy speaks for the country it names, not the one it is in: "the U.S. embassy in
// Beijing" is no Chinese embassy, so its own words name the country, below.)
const KINDS: ReadonlyArray<[typed: RegExp, speaks: RegExp, ownName?: boolean]> = [
  [/\bembassy$/, /\bembassy\b/, true],
  [/\bpolice$/, /\b(?:police|constabulary|officers?|sheriff|detectives?|inspector|superintendent)\b/],
  [/\b(?:military|army|navy|armed forces|air force|coast guard)$/, /\b(?:military|army|navy|naval|armed forces|defen[cs]e|coast guard|air force|soldiers?|troops|commander|general)\b/],
  [/\b(?:ministry|department)$/, /\b(?:ministry|minister|department|secretary|spokes(?:man|woman|person)|officials?)\b/],
  [/\b(?:government|authorities|officials)$/, GOVERNMENT],
];

// A country's names as the articles write them, for the two that go by letters.
const WRITTEN: Readonly<Record<string, readonly string[]>> = {
  us: ['US', 'U.S.', 'United States', 'America', 'American'],
  uk: ['UK', 'U.K.', 'United Kingdom', 'Britain', 'British'],
};

export interface CountryBody {
  /** How the articles name or describe those who speak for it. */
  speaks: RegExp;
  /** The country's names and its people's, capitalised as written ("Cuba", "Cuban"). */
  named: RegExp;
  /** The speaker's own words name the country ("the U.S. embassy in Beijing"), not only its article. */
  ownName: boolean;
}

/** The body of a country a typed role asks for ("cuban police"), or none. */
export function countryBody(typed: string): CountryBody | undefined {
  const role = typed.toLowerCase().trim();
  const kind = KINDS.find(([kind]) => kind.test(role));
  const countries = [...countriesIn(role)];
  if (!kind || countries.length !== 1) return undefined;
  const country = countries[0]!;
  const forms = WRITTEN[country] ?? peopleNames(country).map((name) => name.replace(/(^|\s)\p{L}/gu, (first) => first.toUpperCase()));
  const escaped = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { speaks: kind[1], named: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u'), ownName: kind[2] ?? false };
}

/** True when a quote's speaker is of the body's kind and its article (`told`: title and text) names the country (or, for an embassy, its own words do). */
export function speaksForBody(quote: StoredQuote, body: CountryBody, told: string): boolean {
  const speaker = quote.speaker;
  if (!speaker) return false;
  const own = `${speaker.name} ${speaker.description ?? ''} ${speaker.mention.text}`;
  return body.speaks.test(own.toLowerCase()) && body.named.test(body.ownName ? own : told);
}
