import { splitSentences } from '../articles/index.ts';
import type { NamedRun } from './names.ts';
import type { Quote } from './types.ts';

/*
 * An interview's transcript: a question of the interviewer's, set off as "((Wikinews))" or
 * "((WN))", and the paragraph after it, the interviewee's answer under their name or
 * initials ("Natasha Gownaris: I've wanted …", "NG: This study started …", "MS Although we
 * used …"). The answer is their own words, verbatim, though in no quotation marks.
 */

const INTERVIEWER = /^\(\((?:Wikinews|WN)\)\)/;
// A name as a transcript labels its speaker: two to four capitalised words, or initials.
const NAME_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}):\s+/u;
const INITIALS_LABEL = /^(\p{Lu}{2,4})(?::\s+|\s+(?=\p{Lu}))/u;
// (Without a colon, a full name is a label only where the article names that person
// elsewhere too: "Michael Siegel I am a professor …".)
const BARE_NAME_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})\s+(?=\p{Lu})/u;

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0])
    .join('');
}

/**
 * The answers of an interview transcript in `text`, as direct quotes of the person each
 * label names (initials are read as the article's person whose name has them), and the
 * spans of the interviewer's questions, which are no one's quotes.
 */
export function readInterview(text: string, runs: readonly NamedRun[]): { answers: Quote[]; questions: Array<[number, number]> } {
  const people = [...new Set(runs.filter((r) => r.person && r.words.length >= 2).map((r) => r.words.join(' ')))];
  const answers: Quote[] = [];
  const questions: Array<[number, number]> = [];
  let asked = false;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const paragraph = m[0];
    const at = m.index!;
    if (INTERVIEWER.test(paragraph)) {
      asked = true;
      questions.push([at, at + paragraph.length]);
      continue;
    }
    if (!asked || !/\S/.test(paragraph)) continue;
    asked = false;
    const named = NAME_LABEL.exec(paragraph);
    const initials = named ? undefined : INITIALS_LABEL.exec(paragraph);
    const bare = named || initials ? undefined : BARE_NAME_LABEL.exec(paragraph);
    const label = named ?? initials ?? bare;
    if (!label) continue;
    const labelled = label[1]!;
    const name = initials ? people.find((person) => initialsOf(person) === labelled) : named ? labelled : people.find((person) => person === labelled);
    if (!name) continue;
    const start = at + label[0].length;
    const mention = { start: at, end: at + labelled.length, text: labelled };
    // (A long answer goes as a few quotes of a few sentences each, as news quotes them: one
    // of eight sentences on birds, fish and the sea would answer every question about any.)
    for (const [from, to] of passagesOf(text.slice(start, at + paragraph.trimEnd().length))) {
      answers.push({ start: start + from, end: start + to, text: text.slice(start + from, start + to), kind: 'direct', speaker: { name, kind: 'person', mention } });
    }
  }
  return { answers, questions };
}

// How many words a quote of an answer runs to before the next sentence starts another.
const ANSWER_WORDS = 40;

/** An answer's sentences, joined into runs of about ANSWER_WORDS words: [start, end] offsets. */
function passagesOf(answer: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const { start, end } of splitSentences(answer)) {
    const last = runs.at(-1);
    if (last && (answer.slice(last[0], last[1]).match(/\S+/g) ?? []).length < ANSWER_WORDS) last[1] = end;
    else runs.push([start, end]);
  }
  return runs;
}
