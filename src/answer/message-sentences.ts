import { isAbbreviation } from '../articles/index.ts';

// Titles as chat shortens them, before a name ("amb. grenell", "abp. polak", "def. sec.
// lorenzana"), which articles' sentences rarely do ("min." is their minutes).
const TITLE_SHORTHAND = /^(?:amb|abp|sec|secy|min|def|atty|det|asst|dep|cllr)$/i;

/**
 * A chat message's sentences: its lines, split after ".", "?" or "!" and a space, not after
 * "dr." or "u.s.".
 */
export function sentences(text: string): string[] {
  const parts: string[] = [];
  for (const line of text.split(/\s*\n+\s*/).flatMap(headlineFirst)) {
    let start = 0;
    for (const end of line.matchAll(/([\p{L}\d'’)&-]*)([.?!]+)\s+(?=\S)/gu)) {
      // ("dr. fauci", "u.s. troops": a full stop that ends no sentence.)
      if (end[2] === '.' && (end[1]!.length < 2 || isAbbreviation(end[1]!) || TITLE_SHORTHAND.test(end[1]!))) continue;
      parts.push(line.slice(start, end.index + end[0].length));
      start = end.index + end[0].length;
    }
    parts.push(line.slice(start));
  }
  return parts.filter((part) => /\p{L}/u.test(part));
}

/**
 * "Former Trump advisor, Paul Manafort, receives second sentence: what did the judge say",
 * "… Karaj houses — what did the army say": a headline pasted (five words or more), then the
 * ask as its own sentence after a colon, a bar or a dash. (Not "re: …", "verify: …", nor
 * an ask whose "he" or "she" the words before name: "harry dunn's mother - what did she
 * say" is read whole, below.)
 */
function headlineFirst(line: string): string[] {
  // (…or whose words in shorthand: "… vaccination drive - unicef quote", "… unlawful —
  // sturgeon reaction"; "mary quant's quote" is read whole.)
  const pasted =
    /^(.+?)(?:\s*[:|]|\s+[-–—])\s+((?:what|how|why)\s+(?:did|does|do|was|were|is|has|have)\b(?!.*\b(?:he|she|him|his|her|they|them|their|it|its)\b).*)$/iu.exec(line) ??
    /^(.+?)(?:\s*[:|]|\s+[-–—])\s+((?:the\s+)?[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,2}(?<!['’]s?)\s+(?:quote|quotes|statement|reaction|response|words|comment|comments)\s*[?.!]*)$/iu.exec(line);
  // (A headline says no "I" or "you": "hello citewire, i have a question: what did …".)
  return pasted && (pasted[1]!.match(/\S+/g) ?? []).length >= 5 && !/\b(?:i|i['’]m|me|my|you|your|we|our|hello|hi|hey)\b/i.test(pasted[1]!) ? [pasted[1]!, pasted[2]!] : [line];
}
