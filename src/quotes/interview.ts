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
 * The answers of an interview transcript in `text`, each a direct quote of the person its
 * label names: initials are read as the article's person whose name has them.
 */
export function interviewAnswers(text: string, runs: readonly NamedRun[]): Quote[] {
  const people = [...new Set(runs.filter((r) => r.person && r.words.length >= 2).map((r) => r.words.join(' ')))];
  const answers: Quote[] = [];
  let asked = false;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const paragraph = m[0];
    const at = m.index!;
    if (INTERVIEWER.test(paragraph)) {
      asked = true;
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
    const end = at + paragraph.trimEnd().length;
    if (end <= start) continue;
    answers.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'direct',
      speaker: { name, kind: 'person', mention: { start: at, end: at + labelled.length, text: labelled } },
    });
  }
  return answers;
}
