/**
 * A link that opens the article scrolled to the quote, as a URL text fragment
 * (`#:~:text=start,end`, WICG Scroll-to-Text). Terms are percent-encoded and, as the spec
 * asks, so are '-', ',' and '&', which are its syntax. Long quotes are matched by their
 * first and last words, which keeps the URL short.
 */
export function quoteLink(url: string, quote: string): string | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return undefined;
  // Markdown links end at ')': parentheses never stay raw in the URL.
  const parens = (s: string) => s.replace(/\(/g, '%28').replace(/\)/g, '%29');
  const encode = (s: string) => parens(encodeURIComponent(s).replace(/-/g, '%2D'));
  // Quote marks are not part of a matching run of words on every page: match the words.
  const words = quote.replace(/^["“”'‘’\s]+|["“”'‘’\s]+$/g, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const directive = words.length <= 8 ? encode(words.join(' ')) : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  target.hash = '';
  return `${parens(target.href)}#:~:text=${directive}`;
}
