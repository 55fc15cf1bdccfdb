/*
 * Emoji that stand for words: a flag for its country ("what did the 🇯🇵 prime minister say"),
 * a picture for a thing in the news ("the 💣 at the cathedral", "🌀 dorian"). Emoji that say
 * how the asker feels (🤔, 🙏, 😂) are left for the chat readings to drop; so is a picture
 * that is a thing or a feeling with no word after it ("… said what 🔥", "… 🚀🚀").
 */

// Pictures that name a thing the news is about, as the articles would write it.
const THINGS: Readonly<Record<string, string>> = {
  '💣': 'bomb', '🔫': 'gun', '⛪': 'church', '🕌': 'mosque', '🕍': 'synagogue', '🛕': 'temple',
  '🌀': 'hurricane', '🌪': 'tornado', '🌋': 'volcano', '🔥': 'fire', '🌊': 'flood', '⚡': 'lightning',
  '❄': 'snow', '🌧': 'rain', '🌡': 'heat', '✈': 'plane', '🛩': 'plane', '🚆': 'train', '🚂': 'train',
  '🚄': 'train', '🚌': 'bus', '🚗': 'car', '🚢': 'ship', '🚀': 'rocket', '🛰': 'satellite',
  '🏥': 'hospital', '💉': 'vaccine', '🦠': 'virus', '🗳': 'election', '💰': 'money', '⚽': 'football',
  '🏈': 'football', '🏀': 'basketball', '🎾': 'tennis', '🏏': 'cricket', '🐋': 'whale', '🐳': 'whale',
  '🦈': 'shark', '🐟': 'fish', '🐘': 'elephant', '🐻': 'bear', '🐝': 'bee', '🚔': 'police',
  '🚓': 'police', '👮': 'police', '⚖': 'court', '🏫': 'school', '🌲': 'forest', '🚑': 'ambulance',
};

// Pictures chat also uses for how it feels: a thing only with a word after them.
const FELT = new Set(['🔥', '🚀', '⚡', '💰']);

// Words after which a picture that ends the question is the thing itself ("the double 💣💣"),
// not a picture of the word before it ("at mass ⛪").
const NAMING = /(?:^|\s)(?:the|a|an|this|that|these|those|its|their|his|her|double|twin|deadly|big|huge|latest|new|another|first|second|last)\s*$/iu;

// A flag: two regional-indicator letters (ISO 3166), or a black flag with tag letters for a
// subdivision (England, Scotland, Wales).
const FLAG = /\u{1F3F4}([\u{E0061}-\u{E007A}]+)\u{E007F}|([\u{1F1E6}-\u{1F1FF}]{2})/gu;
const SUBDIVISIONS: Readonly<Record<string, string>> = { gbeng: 'england', gbsct: 'scotland', gbwls: 'wales' };
// ("US", "UK", "Congo - Kinshasa": the short name, before any qualifier.)
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });

// A run of pictures ("💣💣", "⛪ 💣") with their variation selectors and joiners.
const PICTURES = new RegExp(`(?:${Object.keys(THINGS).join('|')})(?:[\\u{FE0F}\\u{200D}\\s]*(?:${Object.keys(THINGS).join('|')}))*[\\u{FE0F}\\u{200D}]*`, 'gu');
const PICTURE = new RegExp(Object.keys(THINGS).join('|'), 'gu');

function countryOf(code: string): string {
  try {
    const name = REGION_NAMES.of(code);
    return name ? name.replace(/\s+-\s+.*$|\s*\(.*\)$/, '').toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The question with its flags and pictures of things written as words, spaced from their neighbours. */
export function emojiAsWords(question: string): string {
  if (!/[\u{1F1E6}-\u{1F1FF}\u{1F3F4}]/u.test(question) && !/\p{Extended_Pictographic}/u.test(question)) return question;
  return question
    .replace(FLAG, (_, tags?: string, letters?: string) => {
      const name = tags
        ? SUBDIVISIONS[String.fromCodePoint(...[...tags].map((tag) => tag.codePointAt(0)! - 0xe0000))] ?? ''
        : countryOf(String.fromCharCode(...[...letters!].map((letter) => letter.codePointAt(0)! - 0x1f1e6 + 65)));
      return name ? ` ${name} ` : ' ';
    })
    .replace(PICTURES, (run: string, at: number, whole: string) => {
      const things = [...new Set(run.match(PICTURE)!)];
      // (A word after the run: the pictures stand for words; none after: only after a word that
      // names a thing to come, and never a picture chat also feels with.)
      const worded = /\p{L}/u.test(whole.slice(at + run.length)) || (NAMING.test(whole.slice(0, at)) && things.every((thing) => !FELT.has(thing)));
      return worded ? ` ${things.map((thing) => THINGS[thing]).join(' ')} ` : run;
    })
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
