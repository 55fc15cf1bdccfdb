import type { Library } from '../library/index.ts';
import { isPeopleWord } from '../quotes/index.ts';
import type { oneOf } from './one-of.ts';
import { parseQuestion, SOMEONE } from './parse-question.ts';
import { LINE_ASKED } from './remembered-line.ts';
import type { Answer, Citation } from './types.ts';
import { roleOf, whoIsAsked } from './who-is-asked.ts';

// Of several voices asked among, how many of each one's first quotes are weighed, and how many
// of a line's telling words (rarer than one passage in seven) one must hold to be the line's.
const HELD_AMONG = 3;
const TELLING = 2;
const LINE_HELD = 2;

/** Whether typed words name someone, quoted or not, or an office or a kind of people. */
export function isSomeone(library: Library, typed: string): boolean {
  const who = whoIsAsked(library, typed);
  return !!(who.speaker || who.place || who.nobody || roleOf(typed) || isPeopleWord(typed.split(/\s+/).at(-1)!) || SOMEONE.test(typed));
}

/**
 * "was it X or Y who said …", "did X or Y say …": each voice asked on the topic alone (by
 * `askOne`, ask() on one question), and those whose words hold more of it first; where a line
 * is asked, only those whose words hold it, when one's do. None of them quoted on it: that,
 * and nobody else's words (unless the asker allowed "or someone else").
 */
export async function askAmong(library: Library, q: string, among: NonNullable<ReturnType<typeof oneOf>>, askOne: (asked: string) => Promise<Answer>): Promise<Answer> {
  const parsed = parseQuestion(among.asked);
  const topic = parsed.speech ? parsed.topic : among.asked.replace(/^who\s+/i, '');
  const each = await Promise.all(among.voices.map((voice) => askOne(`what did ${voice} say about ${topic}`)));
  const telling = library.termWeights(topic).filter(([, idf]) => idf >= TELLING).map(([term]) => term);
  const heldOf = (quote: string) => {
    const words = new Set(library.termWeights(quote).map(([term]) => term));
    return telling.filter((term) => words.has(term)).length;
  };
  const held = each.map((answer) => Math.max(0, ...answer.citations.slice(0, HELD_AMONG).map((c) => heldOf(c.quote))));
  const lineAsked = LINE_ASKED.test(among.asked);
  const line = lineAsked && Math.max(0, ...held) >= LINE_HELD;
  // ("was it the fbi veteran or trump who said …": a voice the index knows by no such name is
  // found by the line itself, the open ask's first quote, where it holds more of the line than
  // any voice's words and its sentence names one of the voices, "Retired FBI agent … Ali Soufan".)
  if (lineAsked) {
    const open = await askOne(among.asked);
    const first = open.citations[0];
    if (first && heldOf(first.quote) > Math.max(0, ...held) && among.voices.some((voice) => namedAround(library, first, voice))) return open;
  }
  const found = each
    .map((answer, i) => ({ answer, held: held[i]! }))
    .filter(({ answer, held }) => answer.citations.length > 0 && (!line || held >= LINE_HELD))
    .sort((a, b) => b.held - a.held)
    .map(({ answer }) => answer);
  if (among.orAnyone && (found.length === 0 || (lineAsked && !line))) return askOne(among.asked);
  // (Two voices read as one, "a scientist or an official": the words once, as first found.)
  const shown = new Set<string>();
  const once = found.filter((answer) => {
    const keys = answer.citations.map((c) => `${c.articleId}:${c.start}:${c.end}`);
    if (keys.some((key) => shown.has(key))) return false;
    keys.forEach((key) => shown.add(key));
    return true;
  });
  if (once.length > 0) return joinAnswers(q, once);
  const none = among.voices.length === 2 ? `Neither ${among.voices[0]} nor ${among.voices[1]}` : `None of ${among.voices.slice(0, -1).join(', ')} or ${among.voices.at(-1)}`;
  return { question: q, text: `${none} is quoted on that in this library.`, citations: [], mode: 'extractive' };
}

/** Whether the sentence a citation's words stand in holds a word of a voice ("the fbi veteran": "fbi"), as the article writes it. */
function namedAround(library: Library, citation: Citation, voice: string): boolean {
  const text = library.findArticleText(citation.articleId) ?? '';
  const from = Math.max(text.lastIndexOf('.', citation.start - 2), text.lastIndexOf('\n', citation.start)) + 1;
  const ends = [text.indexOf('. ', citation.end), text.indexOf('\n', citation.end)].filter((i) => i >= 0);
  const sentence = text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length);
  const words = new Set(library.termWeights(sentence).map(([term]) => term));
  const named = library.termWeights(voice).map(([term]) => term);
  return named.some((term) => words.has(term));
}

/**
 * Several answers as one: each one's citations after the one before's, its [n] markers
 * renumbered to match.
 */
export function joinAnswers(question: string, answers: readonly Answer[]): Answer {
  let before = 0;
  const texts = answers.map((answer) => {
    const shift = before;
    before += answer.citations.length;
    return answer.text.replace(/\[(\d+)\]/g, (marker, n: string) => (Number(n) <= answer.citations.length ? `[${Number(n) + shift}]` : marker));
  });
  const checked = answers.filter((answer) => answer.checks);
  const note = answers.find((answer) => answer.note)?.note;
  return {
    question,
    text: texts.join('\n\n'),
    citations: answers.flatMap((answer) => answer.citations),
    mode: answers.every((answer) => answer.mode === 'llm') ? 'llm' : 'extractive',
    ...(note ? { note } : {}),
    ...(checked.length > 0 ? { checks: { accepted: sum(checked, 'accepted'), repaired: sum(checked, 'repaired'), reattributed: sum(checked, 'reattributed'), rejected: sum(checked, 'rejected') } } : {}),
  };
}

const sum = (answers: readonly Answer[], key: keyof NonNullable<Answer['checks']>) => answers.reduce((total, answer) => total + answer.checks![key], 0);
