/**
 * Renders a story as the HTML page a news site would serve: JSON-LD, Open Graph tags,
 * a cookie banner, navigation, a share bar, a related-articles list, a newsletter box,
 * comments and a footer around the body. Fixtures for extraction tests and the
 * Wikinews-as-HTML accuracy check; the body paragraphs are escaped, never rewritten.
 */
export interface NewsStory {
  title: string;
  /** Body paragraphs as plain text (escaped here), or `bodyHtml` for a body already marked up. */
  paragraphs?: readonly string[];
  bodyHtml?: string;
  url: string;
  byline?: string;
  publisher?: string;
  /** ISO date or date-time. */
  publishedAt?: string;
  /** Where the date sits: JSON-LD (default), an article:published_time meta tag, or a <time> element. */
  dateIn?: 'json-ld' | 'meta' | 'time';
  /** Declared in <meta charset>; default utf-8. */
  charset?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderNewsPage(story: NewsStory): string {
  const e = escapeHtml;
  const dateIn = story.dateIn ?? 'json-ld';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: story.publisher ?? 'News', url: new URL('/', story.url).href },
      {
        '@type': 'NewsArticle',
        headline: story.title,
        ...(story.byline ? { author: [{ '@type': 'Person', name: story.byline }] } : {}),
        ...(story.publisher ? { publisher: { '@type': 'Organization', name: story.publisher } } : {}),
        ...(story.publishedAt && dateIn === 'json-ld' ? { datePublished: story.publishedAt } : {}),
        mainEntityOfPage: story.url,
      },
    ],
  };
  const related = ['Markets slide as oil prices climb', 'Five things to know this morning', 'Opinion: the week in review']
    .map((t, i) => `<li><a href="/related/${i}">${e(t)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="${story.charset ?? 'utf-8'}">
<title>${e(story.title)} | ${e(story.publisher ?? 'News')}</title>
<link rel="canonical" href="${e(story.url)}">
<meta property="og:title" content="${e(story.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="${e(story.url)}">
${story.publisher ? `<meta property="og:site_name" content="${e(story.publisher)}">` : ''}
${story.publishedAt && dateIn === 'meta' ? `<meta property="article:published_time" content="${e(story.publishedAt)}">` : ''}
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
<style>.cookie{position:fixed}.share a{margin:0 4px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>
</head>
<body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.</p><button>Accept all</button><button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">${e(story.publisher ?? 'News')}</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main>
<article class="story">
<h1 class="headline">${e(story.title)}</h1>
<div class="meta">${story.byline ? `<span class="byline">By <a rel="author" href="/authors/x">${e(story.byline)}</a></span>` : ''}
${story.publishedAt && dateIn === 'time' ? `<time datetime="${e(story.publishedAt)}">${e(story.publishedAt.slice(0, 10))}</time>` : ''}</div>
<div class="share-bar"><a href="https://twitter.com/share">Share on X</a><a href="https://facebook.com/sharer">Share on Facebook</a><a href="mailto:?subject=">Email</a><button>Copy link</button></div>
<div class="story-body">
${story.bodyHtml ?? (story.paragraphs ?? []).map((p) => `<p>${e(p)}</p>`).join('\n')}
</div>
<aside class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story.</p><form><input type="email"><button>Sign up</button></form></aside>
</article>
<section class="related"><h2>Related articles</h2><ul>${related}</ul></section>
<section class="comments" id="comments"><h2>Comments (2)</h2>
<div class="comment"><p>First! Great article, thanks for sharing.</p></div>
<div class="comment"><p>This is fake news, wake up people.</p></div></section>
</main>
<footer class="site-footer"><p>© 2026 ${e(story.publisher ?? 'News')}. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
</body>
</html>
`;
}
