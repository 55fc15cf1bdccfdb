/*
 * Initials, as chat types a body's name: "who" for the World Health Organization, "afp" for
 * Agence France-Presse, "fdot" for the Florida Department of Transportation.
 */

/** The initials of a name of several words, small words aside: "who" for "World Health Organization", "afp" for "Agence France-Presse". */
export function acronym(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !/^(?:of|the|for|and|on|in|de)$/i.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : '';
}

/** "State Department" as the articles also write it, "Department of State" ("Health Ministry": "Ministry of Health"). */
export function inverted(name: string): string[] {
  const parts = /^(\p{Lu}[\p{L}-]+)\s+(Department|Ministry|Office|Agency|Bureau|Council|Court)$/u.exec(name);
  return parts ? [`${parts[2]} of ${parts[1]}`, `${parts[2]} of the ${parts[1]}`] : [];
}

// Capitalised words, "of" between them allowed: a body's full name.
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * The bodies of these texts (how the articles name and describe speakers, their titles) by
 * their initials, an "of" counted or not, for any stretch of a run of capitalised words:
 * "fdot" is the "Florida Department of Transportation" of "Florida Department of
 * Transportation official", "doj" the "Department of Justice" of "United States Department
 * of Justice". Built once, read for each short word a question types.
 */
export function initialsIndex(texts: ReadonlyArray<string | null | undefined>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (letters: string, body: string) => {
    if (!/^[a-z]{3,6}$/.test(letters)) return;
    if (!index.has(letters)) index.set(letters, new Set());
    index.get(letters)!.add(body);
  };
  for (const text of texts) {
    for (const run of text?.match(CAPITALISED_RUN) ?? []) {
      const all = run.split(/\s+/);
      for (let from = 0; from < all.length; from++) {
        for (let to = from + 2; to <= all.length && to - from <= 7; to++) {
          const words = all.slice(from, to);
          if (words[0] === 'of' || words.at(-1) === 'of') continue;
          const body = words.join(' ');
          add(words.map((w) => w[0]!.toLowerCase()).join(''), body);
          add(words.filter((w) => w !== 'of').map((w) => w[0]!.toLowerCase()).join(''), body);
        }
      }
    }
  }
  return index;
}

/** The one body `initials` stands for in an index of them (initialsIndex); undefined where none or several do. */
export function bodyOfInitials(initials: string, index: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const bodies = index.get(initials.toLowerCase());
  return bodies?.size === 1 ? [...bodies][0] : undefined;
}
