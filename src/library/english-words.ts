import model from 'wink-eng-lite-web-model';

/*
 * English words, for a question's word typed with a slip that no article holds either way:
 * "how did ginger baker say he started druming" — no article writes "drumming", so the
 * library cannot say what was meant, but English can. The list is the lexicon of wink-nlp's
 * lite model (about 87,000 common words and their forms, few names), which the package
 * already ships for tagging; wink's own cache reads it from the same place.
 */

interface CoreModel {
  features: { lexeme: { list: readonly string[] } };
}

let words: ReadonlySet<string> | undefined;

function english(): ReadonlySet<string> {
  // (Built on first use, in about 0.1 s: only a question with such a slip needs it.)
  words ??= new Set((model.core as unknown as () => CoreModel)().features.lexeme.list);
  return words;
}

/** Whether English has the word as typed ("fiance"), though no article writes it. */
export function isEnglishWord(word: string): boolean {
  return english().has(word);
}

/**
 * The one English word a word of five letters or more was typed from with a letter left out
 * ("druming": "drumming"), two neighbouring letters swapped ("tempels") or one letter typed
 * twice ("needding"); undefined for a word English knows, or none or several it may be.
 * Never one letter for another, which makes common words of names ("farage" is no "garage").
 */
export function englishSpelling(word: string): string | undefined {
  const known = english();
  if (word.length < 5 || !/^\p{Ll}+$/u.test(word) || known.has(word)) return undefined;
  const slips = new Set<string>();
  for (let i = 0; i <= word.length; i++) for (const letter of 'abcdefghijklmnopqrstuvwxyz') slips.add(word.slice(0, i) + letter + word.slice(i));
  for (let i = 0; i + 1 < word.length; i++) slips.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) slips.add(word.slice(0, i) + word.slice(i + 1));
  const meant = [...slips].filter((slip) => known.has(slip));
  return meant.length === 1 ? meant[0] : undefined;
}
