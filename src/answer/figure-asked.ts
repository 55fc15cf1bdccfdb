import { SAY } from './speech-words.ts';

/**
 * A figure asked for, in the plain form the question frames read (parse-question.ts): "how
 * many cases did tedros report" is "what did tedros say about cases", "what price did musk
 * give for the cybertruck" is "what did musk say about price the cybertruck", "kaczynski
 * wants how many years in prison" is "what did kaczynski say about years in prison". What
 * is counted is the topic's first word: without it "how many film festivals did winch say
 * his movie was shown at" asks only about "his movie was shown at". Pure; other questions
 * come back as they were.
 *
 * @example
 * asFigureAsked('how many people did pelosi say were affected') // → 'what did pelosi say about people were affected'
 */
export function asFigureAsked(question: string): string {
  return question
    .replace(HOW_MANY, 'what did $2 say about $1 ')
    .replace(WHAT_FIGURE, 'what did $2 say about $1 ')
    .replace(SAID_HOW_MANY, (whole, who: string, counted: string) => (NOT_SOMEONE.test(who) ? whole : `what did ${who} say about ${counted}`))
    .replace(FIGURE_FROM, (_, counted: string, who: string, topic = '') => {
      const about = `${counted}${topic}`.trim();
      return about ? `what did ${who} say about ${about}` : `what did ${who} say`;
    });
}

// The verbs a figure is given with: "say", and "report", "estimate", "put", "give".
const GIVEN = `${SAY}|estimate|estimated|give|gave|count|counted|project|projected|put|quote|quoted|cite|cited|set|offer|offered`;
// What a figure is called: "what price", "what percent of americans", "what death toll".
const FIGURE =
  'numbers?|figures?|totals?|tolls?|counts?|tall(?:y|ies)|estimates?|prices?|costs?|percent(?:ages?)?|shares?|fractions?|proportions?|amounts?|sums?|rates?|dates?|deadlines?|timelines?|targets?|goals?|stats|statistics|projections?|forecasts?|age|year|day|month';

// "how many film festivals did joshua winch say …", "how much money did the palace put on …".
// (Not "how many did trump say died": nothing counted is named; the frames read it whole.)
const HOW_MANY = new RegExp(
  `^\\s*(?:so\\s+|and\\s+)?how\\s+(?:many|much)\\s+((?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+)\\s+(?:did|does|do|has|have|had)\\s+(.{2,60}?)\\s+(?:${GIVEN})\\b\\s*(?:(?:for|on|about|of|in)\\s+)?`,
  'iu',
);
// "what price did elon musk give for the cybertruck", "what percent of americans did pelosi
// say supported impeachment".
const WHAT_FIGURE = new RegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:what|which)\\s+((?:[\\p{L}'’-]+\\s+){0,2}?(?:${FIGURE})(?:\\s+of\\s+(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+)?)\\s+(?:did|does|do|has|have|had)\\s+(.{2,60}?)\\s+(?:${GIVEN})\\b\\s*(?:(?:for|on|about|of|in)\\s+)?`,
  'iu',
);
// "kaczynski wants how many years in prison for child abusers", "zapata said how fast he
// flew": whoever comes first gave it.
const SAID_HOW_MANY = new RegExp(
  `^\\s*((?:[\\p{L}'’.&-]+\\s+){0,3}?[\\p{L}'’.&-]+)\\s+(?:says|said|gives|gave|reports|reported|claims|claimed|estimates|estimated|puts|put|wants|wanted|expects|expected|predicts|predicted|thinks|thought|announces|announced|told)\\s+(?:how\\s+(?:many|much)\\s+|how\\s+(?=(?:long|old|far|fast|soon|often|big|high|deep)\\b)|what\\s+(?=(?:${FIGURE})\\b))(\\S.*)$`,
  'iu',
);
// "the most recent death forecast from the ihme", "the latest figures from the cdc on …": a
// figure someone gives, about what it counts ("forecast" is no word of the story: the article
// says "may cause roughly 32,000 more deaths"). (Not "the death toll from the quake": a
// toll's "from" is its cause; only a figure someone makes is "from" them.)
const FIGURE_FROM = new RegExp(
  `^\\s*(?:what(?:'s|’s|\\s+(?:is|was|were|are))\\s+)?the\\s+(?:(?:latest|newest|most\\s+recent|first|earliest|last|final|official|new|initial)\\s+)?((?:[\\p{L}'’-]+\\s+){0,2}?)(?:forecasts?|estimates?|projections?|predictions?|figures?|numbers|stats|statistics)\\s+(?:from|by)\\s+((?:[\\p{L}'’.&-]+\\s+){0,4}?[\\p{L}'’.&-]+?)(?:\\s+(?:about|on|for|regarding)\\s+(.+?))?\\s*[?.!]*\\s*$`,
  'iu',
);
// Words before "said how many" that are no one who gave it: "the report said how many …",
// "what he said how much …".
const NOT_SOMEONE = /\b(?:what|who|how|which|why|when|where|it|this|that|they|he|she|i|you|we|report|reports|article|story|study|data|poll|survey|law|bill)\b/i;

// A count asked for, or a share or a sum by its name: "how many", "what percent of", "what
// number". (Not "how much": "how much the melting matters" asks how far, in any words.)
const ASKS_FOR_FIGURE = /\bhow\s+many\b|\b(?:what|which)\s+(?:[\p{L}-]+\s+){0,2}?(?:percent(?:age)?|numbers?|figures?|prices?|costs?|shares?|totals?|tolls?|fractions?|proportions?|amounts?|sums?|estimates?)\b/iu;
// …and a share by its name, which only a share answers: "six committees" gives no percent.
const ASKS_FOR_SHARE = /\b(?:what|which)\s+(?:[\p{L}-]+\s+){0,2}?(?:percent(?:age)?|shares?|fractions?|proportions?)\b/iu;
// A figure as the articles give one: in digits, in words, or as a share.
const FIGURE_GIVEN = /\d|%|[$£€]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|quarter|third|twice|double|triple|percent|per\s+cent|single|none|no\s+one|nobody)\b/i;
const SHARE_GIVEN = /%|\b(?:percent|per\s+cent|half|quarter|fraction|proportion)\b|\b(?:one|two|three|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|three|four|five|ten|hundred|thousand)\b/i;

/** What figure the question asks for: a share ("what percent of …"), a count ("how many …"), or none. */
export function figureAsked(question: string): 'share' | 'count' | undefined {
  return ASKS_FOR_SHARE.test(question) ? 'share' : ASKS_FOR_FIGURE.test(question) ? 'count' : undefined;
}

/** The words give the figure asked for: "523 new infections", "thousands of casualties", "one percent". */
export function givesFigure(text: string, asked: 'share' | 'count'): boolean {
  return (asked === 'share' ? SHARE_GIVEN : FIGURE_GIVEN).test(text);
}
