/** When a question asks about, as people anchor it: "back in jan 2019", "end of 2019", "in march 2020". */
export interface WhenAsked {
  /** The question without the words of time ("what did the polish pm say about the gdansk mayor"). */
  rest: string;
  /** The days they cover; none for words of time that name no date ("last week", "on monday"). */
  dates?: {
    /** The first day it may have been said, ISO (YYYY-MM-DD). */
    from: string;
    /** The last day, ISO; undefined for "since 2019". */
    to?: string;
    /** The words of time as typed, without their preposition ("14 jan 2019"), for telling the reader. */
    said: string;
  };
}

const MONTHS = ['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?'];
const MONTH = `(?:${MONTHS.join('|')})\\.?`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
// ("aug '19": a year as chat shortens it.)
const YEAR = "(?:19|20)\\d\\d|['’]\\d\\d";
// Words that put a year in time, not in a name: "in 2019", "back in 2007", "through 2019".
// ("the 2016 coup", "fan expo canada 2019", "the floods of 2019" name a thing: left alone.)
// ("just before christmas 2020", "right after new year 2020": near it, which its span holds.)
const NEAR = '(?:(?:just|right|shortly|soon|days|weeks|a\\s+(?:day|week|few\\s+days))\\s+)?(?:before|after)\\s+';
const AT = `(?:(?:(?:back|way\\s+back)\\s+)?(?:in|during|around|from|since|on|through(?:out)?|over|at)\\s+|${NEAR})`;
const NEAR_AT = new RegExp(`^${NEAR}$`, 'i');
const PART = '(?:(?:the\\s+)?(?:start|beginning|end|middle)\\s+of\\s+|(?:the\\s+)?(?:spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?|(?:early|late|mid)[-\\s]+)';
const HOLIDAY = "(?:new\\s+year'?s?(?:\\s+eve)?|christmas|xmas)\\s+";
// One anchor: a day, a month, a part of a year or a holiday, and the year ("14 jan 2019",
// "january 31, 2020", "late august 2019", "the summer of 2020", "new years 2019"), or a bare
// year after a word of time; "in 2019 and then 2020" is one span.
const WHEN = new RegExp(
  `(?<![\\w'])(${AT})?(${PART}|${HOLIDAY})?(?:(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH})|(${MONTH})(?:\\s+(${DAY}))?)?,?\\s*(?:\\b|(?=['’]))(${YEAR})(?:\\s+and\\s+(?:then\\s+)?(?:in\\s+)?(${YEAR}))?(?![\\w'-])`,
  'gi',
);

// A date in figures: "2019-01-14", "2019-10", "14/1/2019", "1.14.19". Day and month either
// way round, as people write both: where both fit, the date is either.
const NUMERIC = new RegExp(`(?<![\\w/.-])(${AT})?(?:(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2}))(?![\\w/-]|\\.\\d)`, 'gi');

// Words of time that name no date a library of past news can use: days of the week ("on
// sunday", not "bloody sunday"), "last week", "yesterday", "two years ago". They are no words
// of the topic either: "what did tusk say on monday after the gdansk mayor was stabbed" found
// nothing while "monday" was one. (A day of a month with no year stays: "the january 6
// committee" is a name, and "the uk left the eu on jan 31" tells which story.)
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const UNDATED_FORMS = [
  `(?:on|last|this|that|next)\\s+(?:past\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
  '(?:last|this|that|past)\\s+(?:week(?:end)?|month|year|night|morning)',
  '(?:earlier|later)\\s+this\\s+(?:week|month|year)',
  'yesterday',
  // …and a day of a month as chat writes it, with its ordinal and no year ("on oct 3rd", "on
  // the 3rd of october"), which articles write as a weekday or not at all.
  `on\\s+(?:${MONTH}\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|the\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?:\\s+of\\s+${MONTH})?)`,
  '(?:(?:a\\s+)?(?:few|couple(?:\\s+of)?)|\\d+|two|three|four|five|six|several|some|many|a)\\s+(?:days?|weeks?|months?|years?)\\s+(?:ago|back)',
  // …and as chat says it from the asker's day, which tells only that they remember it: "the
  // other day", "a while back", "some time ago", "not long ago", "recently", "earlier today".
  'the\\s+other\\s+(?:day|week|night|month)',
  '(?:(?:a|one)\\s+(?:little\\s+|good\\s+)?while|some\\s+time|a\\s+bit)\\s+(?:ago|back)',
  'not\\s+(?:so\\s+|that\\s+)?long\\s+ago',
  // (Not "the recently discovered wreck", which tells which.)
  '(?:quite\\s+|only\\s+|just\\s+)?(?:recently|lately)(?!\\s+\\w+(?:ed|en)\\b)',
  '(?:earlier|later)\\s+today',
  'way\\s+back(?=\\s+when\\b)',
  // …and a holiday with no year: "at christmas", "over new year" tell when in its year, not
  // which story ("phanfone battered the philippines at christmas"; the article says "Tuesday").
  // (Not "her christmas speech", which names what she said.)
  "(?:at|over|on|around|during|by|for)\\s+(?:the\\s+)?(?:christmas|xmas|new\\s+year'?s?)(?:\\s+(?:eve|day|time|holidays?|break|weekend))?",
];
const UNDATED = new RegExp(`(?<![\\w'])(?:${UNDATED_FORMS.join('|')})(?![\\w'-])`, 'gi');

/** The dates a question's words of time cover, and the question without them; undefined when it has none. */
export function whenAsked(question: string): WhenAsked | undefined {
  let from: string | undefined;
  let to: string | undefined;
  let open = false;
  const said: string[] = [];
  const note = (span: [string, string], at: string | undefined, whole: string) => {
    if (!from || span[0] < from) from = span[0];
    if (!to || span[1] > to) to = span[1];
    if (/^since\b/i.test(at?.trim() ?? '')) open = true;
    said.push(whole.slice(at?.length ?? 0).trim());
    return ' ';
  };
  const figured = question.replace(NUMERIC, (whole, at: string | undefined, isoYear: string | undefined, isoMonth: string | undefined, isoDay: string | undefined, a: string | undefined, b: string | undefined, year: string | undefined) => {
    if (isoYear) {
      const [y, m, d] = [Number(isoYear), Number(isoMonth), isoDay ? Number(isoDay) : 0];
      if (m < 1 || m > 12 || d > daysIn(y, m)) return whole;
      return note(d ? [iso(y, m, d), iso(y, m, d)] : [iso(y, m, 1), iso(y, m, daysIn(y, m))], at, whole);
    }
    const y = year!.length === 2 ? 2000 + Number(year) : Number(year);
    const dates = [[Number(a), Number(b)], [Number(b), Number(a)]].filter(([d, m]) => m! >= 1 && m! <= 12 && d! >= 1 && d! <= daysIn(y, m!)).map(([d, m]) => iso(y, m!, d!)).sort();
    return dates.length === 0 ? whole : note([dates[0]!, dates.at(-1)!], at, whole);
  });
  const rest = figured.replace(WHEN, (whole, at: string | undefined, part: string | undefined, day1: string | undefined, month1: string | undefined, month2: string | undefined, day2: string | undefined, year: string, last: string | undefined, offset: number) => {
    const month = month1 ?? month2;
    const day = day1 ?? day2;
    // A bare year is a time only after a word of time or opening the message ("2019: …"),
    // and near one only with its month or holiday ("just before 2020" is no span of 2020).
    if (!at && !part && !month && figured.slice(0, offset).trim()) return whole;
    if (at && NEAR_AT.test(at) && !part && !month) return whole;
    const span = spanOf(fullYear(year), month, day, part);
    return note([span[0], last ? spanOf(fullYear(last), undefined, undefined, undefined)[1] : span[1]], at, whole);
  });
  const undated = rest.replace(UNDATED, ' ');
  if (!from || !to) return undated === question ? undefined : { rest: tidy(undated) };
  return { rest: tidy(undated), dates: { from, ...(open ? {} : { to }), said: said.join(', ') } };
}

/** First and last day of a year, a part of it, a month or a day. */
function spanOf(year: number, month: string | undefined, day: string | undefined, part: string | undefined): [string, string] {
  const m = month ? MONTHS.findIndex((p) => new RegExp(`^${p}\\.?$`, 'i').test(month)) + 1 : 0;
  const p = part?.toLowerCase().replace(/^the\s+/, '').replace(/\s+of\s*$|[-\s]+$/, '').trim() ?? '';
  if (/^(?:new|christmas|xmas)/.test(p)) return /^new/.test(p) ? [iso(year - 1, 12, 20), iso(year, 1, 15)] : [iso(year, 12, 15), iso(year + 1, 1, 10)];
  if (m && day) return [iso(year, m, parseInt(day, 10)), iso(year, m, parseInt(day, 10))];
  if (m) return [iso(year, m, 1), iso(year, m, daysIn(year, m))];
  const months: Record<string, [number, number]> = { start: [1, 4], beginning: [1, 4], early: [1, 4], middle: [5, 8], mid: [5, 8], end: [9, 12], late: [9, 12], spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
  if (p === 'winter') return [iso(year, 1, 1), iso(year + 1, 2, 28)];
  const [first, last] = months[p] ?? [1, 12];
  return [iso(year, first, 1), iso(year, last, daysIn(year, last))];
}

const fullYear = (year: string) => (/^\d{4}$/.test(year) ? Number(year) : 2000 + Number(year.slice(1)));
const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The question with the gap an anchor left closed: no doubled spaces, no comma, colon or "and then" opening or closing it. */
function tidy(text: string): string {
  return text
    // ("the penguin researcher, late jan 2019, on …", "… (sep 2019)": an aside, gone with its marks.)
    .replace(/,\s*,|\(\s*\)/g, ' ')
    // ("… about impeachment in september 2019 and then in january 2020": what joined them.)
    .replace(/(?:\s+(?:and|then|later))+(?=\s*[?.!]*\s*$)/i, '')
    .replace(/\s+([,.:;?!])/g, '$1')
    .replace(/([,:;])(?:\s*[,:;])+/g, '$1')
    .replace(/^\s*[,:;.\-–—]+\s*|\s*[,:;\-–—]+\s*$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Which of someone's words a question asks for by when they were said, where it asks by
 * order and not by date: "what's the latest from pelosi on impeachment", "the most recent
 * thing trump said", "what did trump first say about the coronavirus", "first reactions to
 * …". (Not "at first", which is often a line's own words: "who said it seemed like a prank
 * at first"; nor "the first to react", which asks who.)
 */
export function orderAsked(question: string): 'latest' | 'earliest' | undefined {
  if (LATEST.test(question)) return 'latest';
  if (EARLIEST.test(question)) return 'earliest';
  return undefined;
}
const WORDS_SAID = '(?:said|say|says|comments?|words|reactions?|responses?|remarks|statements?|quotes?|tweets?|thoughts|take|thing\\s+(?:\\S+\\s+){0,3}said)';
const LATEST = new RegExp(`\\b(?:latest|newest|most\\s+recent(?:ly)?|last\\s+${WORDS_SAID})\\b`, 'i');
const EARLIEST = new RegExp(`\\b(?:earliest|initial(?:ly)?|first\\s+${WORDS_SAID})\\b`, 'i');
