import { lookupTable } from '../lookup-table.ts';
/**
 * The other forms of an irregular verb: a question asks about "breaking the record", the
 * article says she "broke" it, and the index's stemmer (porter) never joins the two.
 * Only verbs whose forms are seldom other words: not "leave" (left), "find" (found), "see"
 * (saw), "lie" (lay), "bite" (a bit) or "bear" (the animal).
 */
const VERBS = [
  'arise arose arisen', 'beat beaten', 'begin began begun', 'blow blew blown',
  'break broke broken', 'bring brought', 'build built', 'burn burnt', 'buy bought', 'catch caught', 'choose chose chosen',
  'die died dying', 'draw drew drawn', 'drink drank drunk', 'drive drove driven', 'eat ate eaten', 'fall fell fallen',
  'feel felt', 'fight fought', 'flee fled', 'fly flew flown', 'forbid forbade forbidden', 'forgive forgave forgiven',
  'freeze froze frozen', 'give gave given', 'grow grew grown', 'hide hid hidden', 'hold held', 'keep kept',
  'know knew known', 'lead led', 'lose lost', 'meet met', 'pay paid', 'ride rode ridden', 'rise rose risen', 'run ran',
  'seek sought', 'sell sold', 'send sent', 'shake shook shaken', 'shoot shot', 'sing sang sung', 'sink sank sunk',
  'sit sat', 'sleep slept', 'speak spoke spoken', 'spend spent', 'stand stood', 'steal stole stolen', 'strike struck',
  'swear swore sworn', 'swim swam swum', 'take took taken', 'teach taught', 'throw threw thrown', 'undergo underwent undergone',
  'wake woke woken', 'wear wore worn', 'win won', 'withdraw withdrew withdrawn', 'write wrote written',
].map((forms) => forms.split(' '));

// Plurals the stemmer never joins to their singular either: a question asks why "the
// shelves" look empty, the article writes "shelf spaces".
const NOUNS = [
  'shelf shelves', 'half halves', 'wife wives', 'life lives', 'knife knives', 'thief thieves', 'wolf wolves',
  'leaf leaves', 'calf calves', 'loaf loaves', 'child children', 'woman women', 'man men', 'mouse mice',
  'foot feet', 'tooth teeth', 'goose geese',
].map((forms) => forms.split(' '));

// A state and the word for what is in it, which the stemmer keeps apart: a question asks
// about "the chaos at the airport", the article tells of "chaotic scenes". Only pairs with
// one sense between them.
const STATES = [
  'chaos chaotic', 'violence violent', 'silence silent', 'tragedy tragic', 'anger angry', 'fury furious',
  'pride proud', 'democracy democratic', 'hero heroes heroic', 'drama dramatic', 'panic panicked',
  'safe safety', 'poverty poor', 'strength strong', 'horror horrific horrified', 'grief grieving',
].map((forms) => forms.split(' '));

const FORMS = new Map<string, readonly string[]>();
for (const forms of [...VERBS, ...NOUNS, ...STATES]) for (const form of forms) FORMS.set(form, forms);

// "quitting" a post or a race, as news writes it.
const QUITTING = ['resigned', 'resignation', 'resigns', 'steps down', 'stepped down', 'drops out', 'dropped out', 'ends', 'ended'];

// A sentence, as news writes who got one.
const SENTENCED = ['jailed', 'imprisonment', 'imprisoned'];
// The spellings of "paedophile", and the article's "pædophilia".
const PAEDOPHILIA = ['pædophilia', 'paedophilia', 'pedophilia', 'paedophiles', 'pedophiles'];

/**
 * The words a news article uses for what a chat question types plainly: "the missing ship"
 * is the article's "disappearance", "bolton's firing" its "ousts". One way only, from the
 * plain word to the article's: a question that types "ousted" means it. Kept to words
 * whose every sense is the article's one ("fired", not "fire", which burns).
 */
const NEWS_WORDS: Record<string, readonly string[]> = lookupTable({
  missing: ['disappearance', 'disappeared', 'vanished'],
  // Chat's shortening: "the paris police hq stabbing".
  hq: ['headquarters'],
  // The Brexit deadline, as the articles date it.
  halloween: ['october 31', '31 october', 'oct 31'],
  fired: ['ousted', 'ousts', 'dismissed', 'dismissal', 'sacked'],
  firing: ['ousted', 'ousts', 'dismissed', 'dismissal', 'sacked'],
  sacked: ['ousted', 'ousts', 'dismissed', 'dismissal'],
  quit: QUITTING,
  // "bolton's exit": he "departs", he resigned or was ousted.
  exit: [...QUITTING, 'departure', 'departs', 'departed', 'ousted', 'fired'],
  quits: QUITTING,
  quitting: QUITTING,
  jailed: ['sentenced', 'imprisonment'],
  // A plea, as news tells it: someone "pleaded guilty".
  plea: ['pleaded', 'pleads'],
  // A conviction, as news tells it: "found guilty".
  convicted: ['guilty'],
  conviction: ['guilty'],
  // …and an acquittal: someone "acquitted", "not guilty".
  acquittal: ['acquitted', 'acquit', 'guilty'],
  sentence: SENTENCED,
  sentences: SENTENCED,
  sentenced: SENTENCED,
  sentencing: SENTENCED,
  deal: ['agreement'],
  kids: ['children'],
  cops: ['police'],
  plane: ['aircraft', 'jet', 'airliner'],
  boat: ['vessel'],
  // News's "probe" of an inquiry: "how long the probe could take" is how long their
  // "investigation could last".
  probe: ['investigation', 'inquiry'],
  quake: ['earthquake'],
  accident: ['incident', 'crash', 'collision'],
  // A vehicle's crash, as news tells it: it "overturned", it "collided".
  crash: ['overturned', 'overturns', 'collided', 'collision'],
  weakened: ['downgraded'],
  weakens: ['downgraded'],
  forex: ['foreign exchange'],
  find: ['discovery', 'discovered'],
  finding: ['discovery', 'discovered'],
  // "mugabe's death": the article says he "has died".
  death: ['died', 'dies'],
  // "the death toll": how many the article says were killed.
  toll: ['killed', 'dead', 'deaths'],
  // "notre dame burning": the article's "fire".
  burning: ['fire', 'blaze'],
  burned: ['fire', 'blaze'],
  burnt: ['fire', 'blaze'],
  // Chat's words for kin: "his mom" is the article's "his mother".
  mom: ['mother'],
  mum: ['mother'],
  dad: ['father'],
  // …and for medicine: "trump's meds" are the "drug" his doctor gave.
  meds: ['medication', 'medicine', 'drug', 'drugs'],
  // …and for vaccines: "anti-vaxxers" are the article's "anti-vaccine movement".
  vax: ['vaccine', 'vaccination', 'vaccinated'],
  vaxxed: ['vaccinated'],
  vaxxer: ['vaccine', 'vaccination'],
  vaxxers: ['vaccine', 'vaccination'],
  antivaxxers: ['anti-vaccine'],
  distrust: ['mistrust'],
  // The world wars, as chat shortens them.
  wwii: ['world war ii', 'second world war'],
  ww2: ['world war ii', 'second world war'],
  wwi: ['world war i', 'first world war'],
  ww1: ['world war i', 'first world war'],
  // What "blew up", as news tells it.
  blew: ['explosion', 'exploded', 'blast'],
  // …and chat's "blast": the article's "explosion".
  blast: ['explosion', 'exploded'],
  // A "pullout" of troops, as news tells it: a "withdrawal".
  pullout: ['withdrawal', 'withdraw', 'withdrawing', 'withdrew'],
  // Who lived through it, as news tells it: someone who "survived".
  survivor: ['survived'],
  survivors: ['survived'],
  paedophiles: PAEDOPHILIA,
  paedophile: PAEDOPHILIA,
  pedophiles: PAEDOPHILIA,
  pedophile: PAEDOPHILIA,
  // Fans' word for a convention: "going to cons".
  cons: ['conventions', 'convention'],
  // A police "bust", as news tells it: people arrested. (A sculpture's bust and a firm gone
  // bust are other senses, which chat asks about far less; "busts" is left out.)
  bust: ['arrested', 'arrests', 'raid', 'raided'],
  busted: ['arrested', 'arrests', 'raid', 'raided'],
  // What was "nicked", as news tells it.
  nicked: ['stole', 'stolen', 'theft'],
  // What a thing is made of, as news names it: "his golden toilet" is the "gold toilet".
  golden: ['gold'],
  wooden: ['wood'],
  woollen: ['wool'],
  woolen: ['wool'],
  silken: ['silk'],
  // People by what they did, as news tells the doing: "the anti brexit marchers" are the
  // article's "march", "the rioters" its "riot". (Not "supporters", "fighters", "players":
  // the doing is another sense as often.)
  marcher: ['march'],
  marchers: ['march'],
  rioter: ['riot'],
  rioters: ['riot'],
  looters: ['looting', 'looted'],
  mourners: ['mourned', 'mourning'],
  voter: ['vote', 'voted'],
  voters: ['vote', 'voted'],
  demonstrator: ['demonstration', 'demonstrated'],
  demonstrators: ['demonstration', 'demonstrations', 'demonstrated'],
  protester: ['protest', 'protested'],
  protesters: ['protest', 'protests', 'protested'],
  protestor: ['protester', 'protest', 'protested'],
  protestors: ['protesters', 'protest', 'protests', 'protested'],
  // A toll, as news tells it: "the 17 dead" are those the fire "killed", who "died".
  dead: ['killed', 'died', 'dies', 'deaths'],
  died: ['killed', 'dead', 'deaths'],
  // Chat's riders: "the seven bikers" are the article's "motorcyclists".
  biker: ['motorcyclist', 'motorcycle'],
  bikers: ['motorcyclists', 'motorcycles'],
  // Places as chat shortens them, which the articles write out.
  hk: ['hong kong'],
  nz: ['new zealand'],
});

// A count as a reader types it and as an article writes it: "the 3 dead" are the article's
// "three", its "seventeen" a reader's "17". (Not "one", as often no count: "one of them";
// nor "twenty" and up, which an article's "twenty four" holds too.)
const COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const COUNT_FORMS = new Map<string, string>(COUNTS.flatMap((word, i) => [[String(i + 2), word], [word, String(i + 2)]] as const));

/** The words articles use for a plain word a question types ("golden": "gold"); none for others. */
export function newsWords(word: string): readonly string[] {
  return NEWS_WORDS[word.toLowerCase()] ?? [];
}

/**
 * `word` and, for an irregular verb in any form ("breaking", "broke") or an irregular plural
 * ("shelves") or its singular, its other forms; for a
 * plain word a question types ("missing"), the words articles use for it (NEWS_WORDS); for a
 * count, its figure or its word ("3", "three").
 */
export function wordForms(word: string): readonly string[] {
  const base = [word, word.replace(/(?:s|ing)$/, ''), word.replace(/ing$/, 'e'), word.replace(/(\p{L})\1ing$/u, '$1')].find((w) => FORMS.has(w));
  const forms = base ? [word, ...FORMS.get(base)!] : [word];
  const count = COUNT_FORMS.get(word);
  return [...new Set([...forms, ...otherSpelling(word), ...(NEWS_WORDS[word] ?? []), ...ableForms(word), ...sionForms(word), ...(count ? [count] : [])])];
}

/**
 * A verb in "-de", "-nd" or "-mit" and its noun in "-sion", which the stemmer keeps apart:
 * "turkey invaded syria" is the article's "invasion", "the jet exploded" its "explosion",
 * "the suspension of parliament" its "suspending", "his admission" what he "admitted", and
 * back. (Not "commit", whose "commission" is a body; nor a verb too short to tell: "tend",
 * "spend".)
 */
function sionForms(word: string): string[] {
  const verb = /^(\p{L}{3,}[aiuo])d(?:e|ed|es|ing)$/u.exec(word)?.[1] ?? /^(\p{L}{3,}[ae]n)d(?:s|ed|ing)?$/u.exec(word)?.[1];
  if (verb) return [`${verb}sion`];
  const noun = /^(\p{L}{3,}[aiuo])sions?$/u.exec(word)?.[1];
  if (noun) return [`${noun}de`, `${noun}ded`];
  const nd = /^(\p{L}{3,}[ae]n)sions?$/u.exec(word)?.[1];
  if (nd) return [`${nd}d`, `${nd}ded`, `${nd}ding`];
  const mit = /^((?!com)\p{L}{1,6}mi)t(?:s|ted|ting)?$/u.exec(word)?.[1];
  if (mit) return [`${mit}ssion`];
  const mission = /^((?!com)\p{L}{1,6}mi)ssions?$/u.exec(word)?.[1];
  return mission ? [`${mission}t`, `${mission}tted`] : [];
}

/**
 * What "-able" says can be done, as an article tells it done or not: "ebola is curable"
 * is the article's "cured" or "incurable", "preventable deaths" its "prevented".
 */
function ableForms(word: string): string[] {
  const stem = /^(?!(?:in|un))(\p{L}{3,}?)e?able$/u.exec(word)?.[1];
  // (Not the bare stem: "capable" is no "cap", "curable" no "cur".)
  return stem ? [`${stem}ed`, `in${word}`, `un${word}`] : [];
}

/**
 * The word as the other side of the Atlantic spells it: "neighbours" is "neighbors",
 * "criticized" "criticised", "defence" "defense", and back ("behavior" is "behaviour",
 * "defense" "defence", "center" "centre"). Articles spell it their way, readers theirs.
 * A rule may make a form no one writes ("promize" of "promise"); it then matches nothing.
 */
function otherSpelling(word: string): string[] {
  // ("Labour" is a party's name as well.)
  if (word.length < 5 || word === 'labour' || word === 'labor') return [];
  const spelt = [
    word.replace(/([^aeiou]|i)our(?=s?$|ed$|ing$|ite|able|ful|hood|al$)/, '$1or'),
    // (Back only for the words so spelt, not any "-or": a "doctor" is no "doctour".)
    word.replace(/^((?:dis|mis)?(?:hon|behavi|col|fav|neighb|harb|hum|rum|vap|tum|arm|flav|savi|sav|val|vig|rig|od|endeav|parl|clam|splend|ard|cand|demean|ferv))or(?=s?$|ed$|ing$|ite|able|ably|ful|hood|al$)/, '$1our'),
    /(?<=...)is(?:e|ed|es|ing|ation|ations)$/.test(word) ? word.replace(/is(\w*)$/, 'iz$1') : word.replace(/(?<=...)iz(e|ed|es|ing|ation|ations)$/, 'is$1'),
    word.replace(/ys(e|ed|es|ing)$/, 'yz$1'),
    word.replace(/yz(e|ed|es|ing)$/, 'ys$1'),
    word.replace(/^(def|off|lic|pret)ence(s?)$/, '$1ense$2'),
    word.replace(/^(def|off|pret)ense(s?)$/, '$1ence$2'),
    word.replace(/(?<=..)tre(s?)$/, 'ter$1'),
    word.replace(/^(cen|epicen|thea|me|kilome|centime|millime|li|lus|spec|scep)ter(s?)$/, '$1tre$2'),
    // A verb's "l" doubled before its ending where the stress is not on it: "travelled",
    // "cancelled", "modelling" (not "filled", which is no "filed").
    word.replace(/(?<=[aeiou][^aeiou]+[aeiou])ll(ed|ing)$/, 'l$1'),
    word.replace(/(?<=[aeiou][^aeiou]+[aeiou])l(ed|ing)$/, 'll$1'),
    ...(SPELT[word] ?? []),
  ];
  return spelt.filter((w) => w !== word);
}

// Spellings no rule joins, both ways: "faeces" is "feces", "manoeuvres" "maneuvers".
const SPELT: Record<string, readonly string[]> = lookupTable({});
for (const pair of [
  'faeces feces', 'paediatric pediatric', 'paediatrician pediatrician', 'haemorrhage hemorrhage', 'anaesthetic anesthetic',
  'oestrogen estrogen', 'foetus fetus', 'leukaemia leukemia', 'anaemia anemia', 'diarrhoea diarrhea', 'orthopaedic orthopedic',
  'manoeuvre maneuver', 'manoeuvres maneuvers', 'judgement judgment', 'judgements judgments', 'ageing aging',
  'sceptic skeptic', 'sceptics skeptics', 'sceptical skeptical', 'programme program', 'programmes programs',
  'catalogue catalog', 'dialogue dialog', 'analogue analog', 'mould mold', 'plough plow', 'aluminium aluminum',
  'jewellery jewelry', 'pyjamas pajamas', 'moustache mustache', 'artefact artifact', 'sulphur sulfur',
]) {
  const [british, american] = pair.split(' ') as [string, string];
  SPELT[british] = [american];
  SPELT[american] = [british];
}

/** `word` as either side of the Atlantic spells it: "honour" → honour, honor. */
export function spellings(word: string): string[] {
  return [word, ...otherSpelling(word.toLowerCase())];
}
