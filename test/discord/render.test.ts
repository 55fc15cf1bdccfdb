import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/index.ts';
import { articleChoices, speakerChoices } from '../../src/discord/choices.ts';
import { quoteLink } from '../../src/answer/index.ts';
import { inert, pageId, parsePageId, renderAnswer, renderArticles, type Reply } from '../../src/discord/render.ts';
import { truncate } from '../../src/discord/limits.ts';
import { checkChoices, checkMessage } from '../fixtures/discord-rules.ts';

/** Undoes inert(): what a reader sees in Discord. */
function shownText(markdown: string): string {
  return markdown.replace(/\u200b/g, '').replace(/\\([\\*_~`|[\]<>])/g, '$1');
}

/** The quoted words of every block in the replies, as a reader sees them. */
function quotesIn(replies: readonly Reply[]): string[] {
  const lines = replies.flatMap((r) => (r.embeds ?? []).flatMap((e) => (e.description ?? '').split('\n')));
  return lines
    .filter((l) => l.startsWith('> '))
    .map((l) => l.slice(2).replace(/ `\[\d+\]`$/, ''))
    .map((q) => shownText(/^\*.*[^\\]\*$/.test(q) ? q.slice(1, -1) : q));
}

const cite = (quote: string, fields: Partial<Citation> = {}): Citation => ({
  articleId: 'a1',
  title: 'Harbour bridge to close for repairs',
  url: 'https://news.example/harbour-bridge?id=7#top',
  publisher: 'Example News',
  publishedAt: '2026-01-08',
  start: 0,
  end: quote.length,
  quote,
  ...fields,
});

describe('inert', () => {
  it.each([
    ['@everyone read this', '@\u200beveryone read this'],
    ['@here too', '@\u200bhere too'],
    ['ping <@123456789012345678> and <@&98765432109876543>', 'ping \\<\u200b@123456789012345678\\> and \\<\u200b@&98765432109876543\\>'],
    ['channel <#123456789012345678>', 'channel \\<\u200b#123456789012345678\\>'],
    ['**bold** and [a link](https://evil.example)', '\\*\\*bold\\*\\* and \\[a link\\](https://evil.example)'],
    ['plain words stay plain', 'plain words stay plain'],
  ])('shows %j as typed, unable to ping or format', (input, output) => {
    expect(inert(input)).toBe(output);
    expect(shownText(inert(input))).toBe(input);
  });
});

describe('quoteLink', () => {
  it('escapes the characters the text-fragment spec reserves: - , &', () => {
    expect(quoteLink('https://news.example/a', 'rock-and-roll, R&B 100%')).toBe('https://news.example/a#:~:text=rock%2Dand%2Droll%2C%20R%26B%20100%25');
  });

  it('matches a long quote by its first and last four words', () => {
    expect(quoteLink('https://news.example/a', '"Prices rose 5%, and - as ever - wages did not," she said')).toBe(
      'https://news.example/a#:~:text=Prices%20rose%205%25%2C%20and,did%20not%2C%22%20she%20said',
    );
  });

  it('matches a short quote whole, without its quote marks, and replaces an existing fragment', () => {
    expect(quoteLink('https://news.example/a#comments', '“the shot of a lifetime”')).toBe('https://news.example/a#:~:text=the%20shot%20of%20a%20lifetime');
  });

  it('keeps parentheses out of the URL so a Markdown link cannot end early', () => {
    expect(quoteLink('https://news.example/a_(b)', 'word')).toBe('https://news.example/a_%28b%29#:~:text=word');
  });

  it.each(['javascript:alert(1)', 'not a url', 'ftp://files.example/a'])('links nothing for %j', (url) => {
    expect(quoteLink(url, 'some words')).toBeUndefined();
  });
});

describe('renderAnswer', () => {
  it('groups quotes under their speakers with cue, linked source and date, pings switched off', () => {
    const answer: Answer = {
      question: 'Who said what about the bridge?',
      mode: 'extractive',
      text: '',
      citations: [
        cite('"We have no choice," ', { speaker: 'Jane Roe', cue: 'said' }),
        cite('the bridge would reopen in May', { speaker: 'Jane Roe', cue: 'said' }),
        cite('"@everyone is affected"', { speaker: 'Tom Lee', cue: 'told reporters' }),
      ],
    };
    const [message, ...rest] = renderAnswer(answer);
    expect(rest).toEqual([]);
    expect(message!.allowedMentions).toEqual({ parse: [] });
    const [first, second] = message!.embeds!;
    expect(first!.title).toBe('Who said what about the bridge?');
    expect(first!.author?.name).toBe('Jane Roe');
    expect(first!.description).toContain('> "We have no choice," `[1]`\n— said · [Harbour bridge to close for repairs](https://news.example/harbour-bridge?id=7#:~:text=We%20have%20no%20choice%2C) · Example News · 2026-01-08');
    // Reported speech is the article's wording: no quote marks of ours, and said so.
    expect(first!.description).toContain('> *the bridge would reopen in May* `[2]`\n— reported, said ·');
    expect(second!.author?.name).toBe('Tom Lee');
    expect(second!.description).toContain('"@\u200beveryone is affected"');
    expect(checkMessage(message!)).toEqual([]);
  });

  it('answers with the one line when nothing was found', () => {
    const replies = renderAnswer({ question: 'q', mode: 'extractive', text: 'Nothing in this library answers that closely enough.', citations: [] });
    expect(replies).toEqual([{ content: 'Nothing in this library answers that closely enough.', allowedMentions: { parse: [] } }]);
  });

  it('splits a 10,000-character answer across messages within every limit, at quote boundaries, counting what is left out', () => {
    const long = (i: number) => `"${`Speaker ${i} went on about the bridge and its long closure, `.repeat(14).trim()}"`;
    const citations = Array.from({ length: 30 }, (_, i) => cite(long(i), { speaker: `Speaker ${i % 12}`, cue: 'said' }));
    expect(citations.reduce((n, c) => n + c.quote.length, 0)).toBeGreaterThan(10_000);
    const replies = renderAnswer({ question: 'Who said what about the bridge?', mode: 'extractive', text: '', citations });
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.length).toBeLessThanOrEqual(3);
    for (const reply of replies) expect(checkMessage(reply), JSON.stringify(reply).slice(0, 200)).toEqual([]);
    const shown = quotesIn(replies);
    // Every shown quote is a whole citation or its verbatim start, in answer order.
    shown.forEach((q, i) => {
      const whole = citations[i]!.quote;
      expect(q === whole || (q.endsWith('…') && whole.startsWith(q.slice(0, -1)))).toBe(true);
    });
    const footer = replies.at(-1)!.embeds!.at(-1)!.footer?.text;
    expect(footer).toBe(`…and ${citations.length - shown.length} more quotes; ask a narrower question to see them.`);
  });

  it('shows a 3,000-character quote by its verbatim start', () => {
    const quote = `"${'A very long statement about the harbour. '.repeat(75)}"`;
    const replies = renderAnswer({ question: 'q', mode: 'extractive', text: '', citations: [cite(quote, { speaker: 'Jane Roe' })] });
    const [shown] = quotesIn(replies);
    expect(shown!.length).toBeLessThanOrEqual(1001);
    expect(quote.startsWith(shown!.slice(0, -1))).toBe(true);
  });

  it('keeps a title of any length under the embed limits', () => {
    const replies = renderAnswer({ question: 'why '.repeat(200), mode: 'extractive', text: '', citations: [cite('"yes"', { title: 'T'.repeat(5000) })] });
    expect(checkMessage(replies[0]!)).toEqual([]);
  });
});

describe('lists and choices', () => {
  const articles = Array.from({ length: 23 }, (_, i) => ({ id: `${i}`.padStart(16, '0'), title: `Article ${i} ${'long title '.repeat(i)}`, passages: 3 }));

  it('pages articles ten at a time with buttons whose ids round-trip and differ', () => {
    const reply = renderArticles(articles, { list: 'articles', page: 1, query: '' });
    expect(checkMessage(reply)).toEqual([]);
    expect(reply.embeds![0]!.footer!.text).toBe('23 in all · page 2 of 3');
    const [previous, next] = reply.components![0]!.components;
    expect(parsePageId(previous!.custom_id as string)).toEqual({ list: 'articles', page: 0, query: '' });
    expect(parsePageId(next!.custom_id as string)).toEqual({ list: 'articles', page: 2, query: '' });
  });

  it('filters by the query and shows no buttons for one page', () => {
    const reply = renderArticles(articles, { list: 'articles', page: 0, query: 'ARTICLE 2' });
    expect(reply.embeds![0]!.description!.split('\n')).toHaveLength(4); // 2, 20, 21, 22
    expect(reply.components).toEqual([]);
  });

  it('cuts a button id to 100 characters whatever the query', () => {
    expect(pageId({ list: 'speakers', page: 3, query: 'x'.repeat(500) }).length).toBe(100);
  });

  it('offers at most 25 choices with names of at most 100 characters, accents ignored', () => {
    const choices = articleChoices(articles, '');
    expect(choices).toHaveLength(25 > articles.length ? articles.length : 23);
    expect(checkChoices(choices)).toEqual([]);
    const speakers = [{ key: 'e', name: 'Recep Tayyip Erdoğan', quotes: 3, articles: ['a'] }, { key: 'x', name: 'X'.repeat(150), quotes: 1, articles: ['a'] }];
    expect(speakerChoices(speakers, 'erdogan').map((c) => c.value)).toEqual(['Recep Tayyip Erdoğan']);
    expect(checkChoices(speakerChoices(speakers, ''))).toEqual([]);
    expect(checkChoices(speakerChoices(Array.from({ length: 40 }, (_, i) => ({ key: `${i}`, name: `Name ${i}`, quotes: 1, articles: [] })), ''))).toEqual([]);
  });
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['one two three four', 12, 'one two…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
    ['ab😀cd', 4, 'ab…'],
  ])('cuts %j to %i as %j', (text, max, out) => {
    expect(truncate(text, max)).toBe(out);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });
});
