import { speakerKey, withinOneEdit } from '../quotes/index.ts';

// Words that make a name someone else's of the same family: "Jr.", "III".
const GENERATION = /^(?:jr|sr|ii|iii|iv)$/;

/** Speakers as people: the key each speaker key stands for, and each person's name to show. */
export interface People {
  keyOf: ReadonlyMap<string, string>;
  nameOf: ReadonlyMap<string, string>;
  /** Whether the articles quote a key as a person, an organisation or a group, as extraction read it. */
  kindOf: ReadonlyMap<string, string | null>;
}

/**
 * One person under one key across articles that name them more or less fully: "Wanda
 * Vázquez" is "Wanda Vázquez Garced" when the library knows only one fuller name holding
 * every word of the shorter. A generation ("Donald Trump Jr.") is someone else, and a
 * one-word key ("Trump") is left alone: it could be anyone of that name.
 */
function fullerKeys(keys: readonly string[]): Map<string, string> {
  // Keys are a name's words, folded and sorted (speakerKey).
  const words = new Map(keys.map((k) => [k, k.split(' ')] as const));
  const fuller = new Map<string, string>();
  for (const key of keys) {
    const own = words.get(key)!;
    if (own.length < 2) continue;
    const wider = keys.filter((k) => {
      const other = words.get(k)!;
      // An initial alone ("Pedro R. Pierluisi") adds nothing to tell two forms apart by.
      const extra = other.filter((w) => !own.includes(w));
      return other.length > own.length && own.every((w) => other.includes(w)) && !extra.some((w) => GENERATION.test(w)) && extra.some((w) => w.length > 1);
    });
    // The widest of them, if the others are all inside it; else the name is ambiguous.
    const widest = wider.sort((a, b) => words.get(b)!.length - words.get(a)!.length)[0];
    if (widest && wider.every((k) => words.get(k)!.every((w) => words.get(widest)!.includes(w)))) fuller.set(key, widest);
  }
  return fuller;
}

/**
 * One name spelt two ways across articles: keys of one kind and as many words (two or
 * more), all alike but one word of six letters or more a letter apart ("zelensky" /
 * "zelenskyy", "organisation" / "organization"; not "maria" / "mario"). Each variant maps
 * to the key that sorts first.
 */
function spelledAlike(rows: ReadonlyArray<{ key: string; kind: string | null }>): Map<string, string> {
  const kindOf = new Map(rows.map((r) => [r.key, r.kind] as const));
  const keys = [...kindOf.keys()].filter((k) => k.includes(' ')).sort();
  const alike = new Map<string, string>();
  for (const [i, key] of keys.entries()) {
    if (alike.has(key)) continue;
    const own = key.split(' ');
    for (const other of keys.slice(i + 1)) {
      const words = other.split(' ');
      if (alike.has(other) || kindOf.get(other) !== kindOf.get(key) || words.length !== own.length) continue;
      const differ = own.filter((w) => !words.includes(w));
      const theirs = words.filter((w) => !own.includes(w));
      if (differ.length === 1 && theirs.length === 1 && differ[0]!.length >= 6 && theirs[0]!.length >= 6 && withinOneEdit(differ[0]!, theirs[0]!)) alike.set(other, key);
    }
  }
  return alike;
}

/**
 * Who each speaker key is across the library, and the name to show for each, from every
 * (key, name, kind) the quotes hold and how many quotes use it.
 */
export function peopleOf(rows: ReadonlyArray<{ key: string; name: string; kind: string | null; quotes: number }>): People {
  // "Volodymyr Zelenskyy" is "Volodymyr Zelensky", "World Health Organisation" the "…Organization".
  const alike = spelledAlike(rows);
  // People only: organisations' names share words without being one another.
  const notPeople = new Set(rows.filter((r) => r.kind !== 'person').map((r) => r.key));
  const keyOf = fullerKeys([...new Set(rows.map((r) => r.key))].filter((k) => !notPeople.has(k) && !alike.has(k)));
  for (const [variant, key] of alike) keyOf.set(variant, keyOf.get(key) ?? key);
  // "Republican President Trump" in an article that never gives his first name: a
  // surname alone is the one person the library names with it last, if only one.
  for (const { key, kind } of rows) {
    if (kind !== 'person' || key.includes(' ') || keyOf.has(key)) continue;
    const bearers = new Set(rows.filter((r) => r.kind === 'person' && r.key !== key && speakerKey(r.name.split(/\s+/).at(-1)!) === key).map((r) => keyOf.get(r.key) ?? r.key));
    if (bearers.size === 1) keyOf.set(key, [...bearers][0]!);
  }
  // The fullest name, and of two as full the one more quotes use ("Organization", 6 to 1).
  const nameOf = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const { key, name, quotes } of rows) {
    const person = keyOf.get(key) ?? key;
    const shown = nameOf.get(person);
    if (!shown || name.length > shown.length || (name.length === shown.length && quotes > uses.get(person)!)) {
      nameOf.set(person, name);
      uses.set(person, quotes);
    }
  }
  return { keyOf, nameOf, kindOf: new Map(rows.map((r) => [r.key, r.kind] as const)) };
}
