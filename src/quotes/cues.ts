import { lookupTable } from '../lookup-table.ts';
/**
 * Verbs that report speech or stance ("said", "told", "argued", "believes"), in every
 * inflected form. The list follows the cues annotated in PolNeAR's train split, most
 * frequent first, leaving out those that as often mean something else ("called",
 * "in", "for").
 */
/** "condemned the test as "provocative"", "likened the refugees to a "vicious snake"", "referred to as a "stunt"". */
const CHARACTERISING = ['condemn', 'brand', 'liken', 'hail', 'label', 'denounce', 'decry', 'slam', 'exhort', 'bemoan', 'mock', 'ridicule', 'tout', 'refer'];

const REGULAR = [
  'add', 'announce', 'suggest', 'report', 'describe', 'argue', 'continue', 'explain', 'believe', 'acknowledge',
  'declare', 'claim', 'state', 'warn', 'insist', 'conclude', 'recall', 'predict', 'reveal', 'confirm', 'indicate',
  'estimate', 'emphasize', 'emphasise', 'stress', 'comment', 'observe', 'contend', 'maintain', 'assert', 'allege',
  'promise', 'vow', 'pledge', 'urge', 'complain', 'caution', 'remark', 'post', 'joke', 'muse', 'tweet', 'note',
  'ask', 'answer', 'respond', 'testify', 'reply', 'deny', 'admit', 'concede', 'lament', 'boast', 'quip',
  'recount', 'suspect', 'hope', 'fear', 'worry', 'agree', 'disagree', 'counter', 'wonder', 'charge', 'scoff',
  'bark', 'confess', 'snap', 'marvel', 'gush', 'chide', 'fume', 'rail', 'talk', 'characterize', 'characterise', 'react', 'defend', 'propose', 'apologize', 'apologise',
  'exclaim', 'beam', 'laugh', 'sigh', 'brag', 'affirm', 'assure', 'inform', 'mention', 'shout', 'whisper', 'scream', 'blast',
  'criticize', 'criticise', 'accuse', 'call', 'point', 'read', 'chant', 'yell', 'retort', 'plead', 'cry', 'thank', 'echo', 'recite', 'quote', 'praise', 'question', 'dismiss', 'reiterate', 'repeat', 'signal',
  'direct', 'instruct', 'order', 'demur', 'interject', 'proclaim', 'opine', 'deadpan', 'scold',
  'demand', 'beg', 'mutter', 'grumble', 'sneer', 'groan', 'gasp', 'taunt', 'mumble', 'murmur',
  // Words that name what they judge, quoting it (WEAK_CUES below).
  ...CHARACTERISING,
];

const IRREGULAR: Record<string, string[]> = lookupTable({
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  know: ['know', 'knows', 'knew', 'known'],
  speak: ['speak', 'speaks', 'spoke', 'speaking'],
  read: ['read', 'reads', 'reading'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
});

function inflect(verb: string): string[] {
  if (IRREGULAR[verb]) return IRREGULAR[verb]!;
  const forms = [verb];
  if (verb.endsWith('e')) forms.push(`${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(verb)) forms.push(`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`);
  else if (/(?:ss|sh|ch|x)$/.test(verb)) forms.push(`${verb}es`, `${verb}ed`, `${verb}ing`);
  // A short vowel before the last consonant doubles it: "admitted", "quipped", "demurred".
  else if (/^(?:admit|commit|regret|quip|snap|refer|demur|deadpan|beg)$/.test(verb)) forms.push(`${verb}s`, `${verb}${verb.at(-1)}ed`, `${verb}${verb.at(-1)}ing`);
  else forms.push(`${verb}s`, `${verb}ed`, `${verb}ing`);
  return forms;
}

const CUE_FORMS = new Set([...REGULAR, ...Object.keys(IRREGULAR)].flatMap(inflect));

/** A cue whose object is whom the words were told, never the speaker nor the words ("told reporters …"). */
export const TELLING = /^(?:tell|tells|told|telling|informed|assured)$/;

/** True when a lower-cased word is a form of a reporting verb. */
export function isCueWord(lower: string): boolean {
  return CUE_FORMS.has(lower);
}

/** Words of speaking that are too often something else to count unless a quote is near. */
export const WEAK_CUES = new Set([
  ...['point', 'points', 'pointed', 'pointing', 'read', 'reads', 'reading', 'call', 'calls', 'called', 'calling'],
  ...['know', 'knows', 'knew', 'known', 'show', 'shows', 'showed', 'shown', 'showing', 'found', 'find', 'finds', 'finding'],
  ...['question', 'questioned', 'charge', 'charged', 'post', 'posted', 'signal', 'signaled', 'signalled', 'hope', 'hopes', 'fear', 'fears'],
  // "the US state of Alabama", "Florida recounts", "continued to write songs".
  ...['state', 'states', 'recount', 'recounts', 'continue', 'continues', 'continued', 'continuing'],
  // "peace talks", "talked to his family": speech only beside a quotation.
  ...['talk', 'talks', 'talked', 'talking'],
  // "reacted to the news", "defended the budget": speech only with a quotation in the sentence.
  ...['react', 'reacts', 'reacted', 'reacting', 'defend', 'defends', 'defended', 'defending'],
  // "answering a call", "answered questions for an hour": speech only with a quotation.
  ...['answer', 'answers', 'answered', 'answering'],
  // "directed the film", "ordered a review": speech only with a quotation in the sentence.
  ...['direct', 'directs', 'directed', 'directing', 'instruct', 'instructs', 'instructed', 'instructing', 'order', 'orders', 'ordered', 'ordering'],
  // "beamed with pride", "laughed it off": speech only beside a quotation.
  ...['beam', 'beams', 'beamed', 'beaming', 'laugh', 'laughs', 'laughed', 'laughing', 'sigh', 'sighs', 'sighed', 'sighing'],
  // "demanded a recount", "begged for mercy", "groaned under the weight": the same.
  ...['demand', 'beg', 'mutter', 'grumble', 'sneer', 'groan', 'gasp', 'taunt', 'mumble', 'murmur'].flatMap(inflect),
  // "condemned the attack", "hailed a taxi": speech only with a quotation in the sentence.
  ...CHARACTERISING.flatMap(inflect),
]);
