import { lookupTable } from '../lookup-table.ts';
/**
 * The voices a question asks among, where the asker half remembers whose words they were:
 * "was it warholm or kipchoge who said …", "kosgei or radcliffe, who said …", "did pelosi or
 * collins say …", "which one said …, ebrard or the us attorney?", "who commented on …, tedros
 * or fauci or both?". Comes back with the question without them (`asked`, for its topic) and
 * each voice as typed; ask-among.ts asks each on the topic alone. Before, the list was read as words
 * of the topic ("was it tedros or fauci that said …" as plain words) or as one speaker no
 * article names ("pelosi or collins"). Pure; undefined where no such list is typed.
 *
 * @example
 * oneOf('was it scicluna or ouellet who said bishops are not above the law')
 * // → { voices: ['scicluna', 'ouellet'], asked: 'who said bishops are not above the law', orAnyone: false }
 */
export function oneOf(question: string): { voices: string[]; asked: string; orAnyone: boolean } | undefined {
  const q = question.trim().replace(/\s*[?!.]+$/, '');
  for (const [frame, listAt, restAt] of FRAMES) {
    const found = frame.exec(q);
    if (!found) continue;
    const typed = found[listAt]!.split(/\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+(?:maybe\s+|was\s+it\s+|is\s+it\s+)?/i);
    // ("seth john or one of the other researchers": one voice, or whoever said it.)
    const voices = typed.filter((voice) => !ANYONE_ELSE.test(voice) && !EITHER.test(voice));
    if (voices.length === 0 || voices.some((voice) => NO_VOICE.test(voice))) return undefined;
    // ("which one said …", "did pelosi or collins say …": "who said …".)
    const rest = found[restAt]!.replace(WHO_FIRST, '').replace(/^(\w+)\b/, (verb) => PAST[verb.toLowerCase()] ?? verb);
    return { voices, asked: /^(?:what|how)\b/i.test(rest) ? rest : `who ${rest}`, orAnyone: typed.some((voice) => ANYONE_ELSE.test(voice)) };
  }
  return undefined;
}

// One voice as typed: up to five words ("the iranian health ministry", "the civil defense head").
const VOICE = String.raw`(?:[\p{L}\p{N}'’.&-]+\s+){0,4}?[\p{L}\p{N}'’.&-]+`;
// Two or more voices, at least one "or" between them ("trump, bolton or pompeo", "x or maybe y").
const LIST = String.raw`${VOICE}(?:\s*,\s*${VOICE})*\s*,?\s+or\s+(?:maybe\s+|was\s+it\s+|is\s+it\s+)?${VOICE}(?:\s*,?\s+or\s+${VOICE})*`;
// …or with "and", after "which of" or "between": "which of pelosi and schumer said …".
const AND_LIST = String.raw`${VOICE}(?:\s*,\s*${VOICE})*\s*,?\s+and\s+${VOICE}`;
// Whose words are asked for after the list: "who said …", "which one said …", "which of them …".
const WHO = String.raw`(?:who|whom|which\s+(?:one|of\s+(?:them|the\s+(?:two|three))))`;
const WHO_FIRST = new RegExp(String.raw`^${WHO}\s+`, 'i');

const PAST: Record<string, string> = lookupTable({ say: 'said', tell: 'told', tweet: 'tweeted', call: 'called', mention: 'mentioned', claim: 'claimed', warn: 'warned', comment: 'commented', talk: 'talked', write: 'wrote', post: 'posted', speak: 'spoke' });

// Each frame, with where its list and the rest of the question are.
const FRAMES: Array<[RegExp, number, number]> = [
  // "was it warholm or kipchoge who said …", "is it the police or the protesters that …"
  [new RegExp(String.raw`^(?:so\s+)?(?:was|is)\s+it\s+(${LIST})\s+(?:who|that)\s+(\S.*)$`, 'iu'), 1, 2],
  // "who was it, rob bartlett or some other imus guy, who called him …"
  [new RegExp(String.raw`^who\s+was\s+it\s*,?\s+(${LIST})\s*,?\s+(?:who|that)\s+(\S.*)$`, 'iu'), 1, 2],
  // "kosgei or radcliffe, who said …", "duda or tusk - which one prayed …", "trump, bolton or
  // pompeo - what did each of them say about …"
  [new RegExp(String.raw`^(${LIST})\s*(?:[-–—:,]+\s*|\s+)(${WHO}\s+\S.*)$`, 'iu'), 1, 2],
  [new RegExp(String.raw`^(${LIST})\s*[-–—:,]+\s*((?:what|how)\s+(?:did|do|does|have|has)\s+\S.*)$`, 'iu'), 1, 2],
  // "did pelosi or collins say nobody is conducting a formal inquiry"
  [new RegExp(String.raw`^did\s+(${LIST})\s+((?:say|tell|tweet|call|mention|claim|warn|comment|talk|write|post|speak)\b.*)$`, 'iu'), 1, 2],
  // "which one said the el paso gunman is a terrorist - ebrard or the us attorney?", "who
  // commented on the pandemic declaration, tedros or fauci or both?"
  [new RegExp(String.raw`^(${WHO}\s+\S.*?)\s*[-–—,:]+\s*(${LIST})$`, 'iu'), 2, 1],
  // "who said the bill would be withdrawn? was it lam or wong"
  [new RegExp(String.raw`^(${WHO}\s+\S.*?)\s*[-–—,:?]+\s*(?:was|is)\s+it\s+(${LIST})$`, 'iu'), 2, 1],
  // "which of pelosi and schumer said …", "between kosgei and radcliffe, who said …"
  [new RegExp(String.raw`^which\s+of\s+(${AND_LIST})\s+(\w+(?:ed|id|ote|old|oke)\b.*)$`, 'iu'), 1, 2],
  [new RegExp(String.raw`^between\s+(${AND_LIST})\s*,?\s+(${WHO}\s+\S.*)$`, 'iu'), 1, 2],
];

// No voice of the list: "or someone else", "or one of the other researchers", "or both".
const ANYONE_ELSE = /^(?:someone(?:\s+else)?|somebody(?:\s+else)?|anyone\s+else|some\s+other\b.*|one\s+of\s+the\s+other\b.*|another\s+\S+|else)$/i;
// …nor "or both", "or neither".
const EITHER = /^(?:both|neither|either)$/i;
// No one's name: "deal or no deal", "for or against".
const NO_VOICE = /^(?:no|not|non|for|against|yes|with|without|more|less|this|that|it|them|they|he|she|what|how|why)\b/i;
