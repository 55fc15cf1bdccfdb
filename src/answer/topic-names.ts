import type { Library } from '../library/index.ts';

/**
 * The names a topic tells its story by ("queen elizabeth", "de blasio", "gdansk"): its
 * words the library writes capitalised. An article that holds none of them tells
 * another story, however near its words come.
 */
export function topicNames(library: Library, topic: string): string[] {
  const words = topic.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // "ethiopian" where the library has only "Ethiopians".
  return [...new Set(words.map((w) => w.replace(/['’]s$/, '')))].filter((w) => w.length > 2 && (library.writes(w) ?? library.writes(`${w}s`)) === 'capitalised');
}

// "gdansk" for "Gdańsk": names are compared without accents.
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');

/** The share of `names` each article holds (title or text), read once per article. */
export function namesHeld(library: Library, names: readonly string[]): (articleId: string) => number {
  const patterns = names.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu'));
  const shares = new Map<string, number>();
  return (articleId) => {
    if (patterns.length === 0) return 1;
    if (!shares.has(articleId)) {
      const article = library.getArticle(articleId);
      const text = fold(`${article.title}\n${article.text}`);
      shares.set(articleId, patterns.filter((p) => p.test(text)).length / patterns.length);
    }
    return shares.get(articleId)!;
  };
}
