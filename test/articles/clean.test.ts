import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyBlock, extractArticle, type BlockKind } from '../../src/articles/index.ts';
import { SEED_FILE } from '../fixtures/shared.ts';

const seed = readFileSync(SEED_FILE, 'utf8');
const page = (content: string, format: 'text' | 'markdown' = 'text') => extractArticle({ source: 'page.txt', format, content });

describe('the seed page', () => {
  const article = page(seed);

  it('takes title, byline, publisher, dateline and time from the header', () => {
    expect(article.title).toBe("Lee's visit deepens Sino-ROK relations");
    expect(article.byline).toBe('YANG HAN');
    expect(article.publisher).toBe('China Daily');
    expect(article.dateline).toBe('Hong Kong');
    expect(article.publishedAt).toBe('2026-01-08T09:53+08:00');
  });

  it('keeps the photo caption apart from the body', () => {
    expect(article.caption).toMatch(/^President of the Republic of Korea Lee Jae-myung is welcomed/);
    expect(article.text).not.toContain('DAI TIANFANG');
  });

  it('starts with the first body paragraph and ends with the last', () => {
    expect(article.text.startsWith("South Korean President Lee Jae-myung's visit to China")).toBe(true);
    expect(article.text.endsWith('than a thousand press releases."')).toBe(true);
  });

  it.each([
    ['the keyword spam line', '好看的中文字幕'],
    ['the edition picker', 'Global Edition'],
    ['the breadcrumb', 'Home / World'],
    ['the share buttons', 'WeChat'],
    ['the most-viewed box', 'Most Viewed'],
    ['the back-to-top link', 'BACK TO THE TOP'],
    ['the copyright notice', 'Copyright'],
    ['the licence number', '0108263'],
    ['the registration number', '130349'],
    ['the follow-us link', 'FOLLOW US'],
    ['the byline', 'Updated:'],
    ['the subheading', 'Significant outcomes'],
  ])('drops %s', (_what, fragment) => {
    expect(article.text).not.toContain(fragment);
  });

  it('keeps every quotation paragraph', () => {
    for (const words of ['Trust between leaders', 'the shot of a lifetime', 'This signing stands out', 'A shared smile']) {
      expect(article.text).toContain(words);
    }
  });

  it('separates paragraphs with one blank line', () => {
    expect(article.text.split('\n\n')).toHaveLength(18);
    expect(article.text).not.toMatch(/\n{3}/);
  });
});

// The same rules on pages the seed never showed them.
describe('variants of a scraped page', () => {
  const body = [
    'The city council voted on Tuesday to expand the tram network by 12 kilometres, officials said, ending a two-year dispute over the route.',
    '"This is the biggest investment in public transport in a generation," said Mayor Ana Ruiz, who proposed the plan.',
    'Opponents said the cost, estimated at 400 million euros, would strain the budget.',
  ];

  it('drops an English keyword-spam line like the seed drops a Chinese one', () => {
    const a = page(['cheap flights,best hotel deals,free movies online,hd streaming,casino bonus', 'Council backs tram expansion', 'By Jane Roe | The Daily Courier | 3 March 2026 14:05 GMT', ...body].join('\n'));
    expect(a.text).not.toContain('casino');
    expect(a.title).toBe('Council backs tram expansion');
    expect(a.byline).toBe('Jane Roe');
    expect(a.publisher).toBe('The Daily Courier');
    expect(a.publishedAt).toBe('2026-03-03T14:05+00:00');
  });

  it("drops another outlet's navigation and footer", () => {
    const a = page(
      [
        'Menu',
        'News > Europe > Transport',
        'Sign in',
        'Council backs tram expansion',
        'By Jane Roe in Lisbon',
        'Tram at the Praça do Comércio stop on Monday. (Photo: Jane Roe)',
        ...body,
        'Related stories',
        'Read more',
        '© 2026 The Daily Courier Ltd. All rights reserved.',
        'Terms of use | Privacy policy',
        'Follow us on Twitter and Facebook for the latest news from Lisbon.',
      ].join('\n'),
    );
    expect(a.text).toBe(body.join('\n\n'));
    expect(a.title).toBe('Council backs tram expansion');
    expect(a.dateline).toBe('Lisbon');
    expect(a.caption).toContain('Praça do Comércio');
  });

  it('finds the title of a page without a byline', () => {
    const a = page(['Home / Local', 'Council backs tram expansion', 'Share', 'Tweet', ...body, 'BACK TO TOP'].join('\n'));
    expect(a.title).toBe('Council backs tram expansion');
    expect(a.byline).toBeUndefined();
    expect(a.text).toBe(body.join('\n\n'));
  });

  it('turns a leading date line into metadata, not body', () => {
    const a = page(['Wednesday, July 24, 2019', ...body].join('\n\n'), 'markdown');
    expect(a.publishedAt).toBe('2019-07-24');
    expect(a.text.startsWith('The city council')).toBe(true);
  });

  it('reads Markdown front matter as metadata', () => {
    const a = page(
      ['---', 'title: "Tram \\"plan\\" passes"', 'url: "https://example.org/tram"', 'publisher: "Courier"', 'published: 2026-03-03', 'author: "Jane Roe"', 'licence: "CC BY 2.5"', '---', '', ...body].join('\n'),
      'markdown',
    );
    expect(a).toMatchObject({ title: 'Tram "plan" passes', url: 'https://example.org/tram', publisher: 'Courier', publishedAt: '2026-03-03', byline: 'Jane Roe', licence: 'CC BY 2.5' });
  });

  it('drops a pull-quote credit line standing alone', () => {
    const a = page([body[0], '—Troy Roberts', body[1]].join('\n\n'), 'markdown');
    expect(a.text).not.toContain('Troy Roberts');
  });

  it('keeps a short quotation paragraph', () => {
    const a = page([body[0], '"No," she said.', body[2]].join('\n'));
    expect(a.text).toContain('"No," she said.');
  });

  it('fails with a one-line error when nothing is left', () => {
    expect(() => page('Home\nMenu\nShare')).toThrow(/has no article text after cleaning/);
  });
});

describe('classifyBlock', () => {
  const rows: Array<[string, BlockKind]> = [
    ['天堂中文资源在线观看,伊人久久综合一区二区', 'spam'],
    ['buy cheap followers,free movies,hd porn,best vpn', 'spam'],
    ['Home / World / Asia-Pacific', 'nav'],
    ['Share - WeChat', 'nav'],
    ['Global EditionASIA 中文雙語Français', 'nav'],
    ['Registration Number: 130349', 'legal'],
    ['Copyright 1994 - . All rights reserved. The content belongs to the publisher.', 'legal'],
    ['By YANG HAN in Hong Kong | China Daily | Updated: 2026-01-08 09:53', 'byline'],
    ['Friday, January 4, 2019', 'date'],
    ['—Troy Roberts', 'credit'],
    ['A banner for the event. Image: Paul Budd.', 'caption'],
    ['Significant outcomes', 'heading'],
    ['Home prices rose sharply in the capital last month, the agency said.', 'prose'],
    ['Under current law, the president is limited to two terms of service but may serve again.', 'prose'],
  ];
  it.each(rows)('%s → %s', (block, kind) => {
    expect(classifyBlock(block, true)).toBe(kind);
  });
});
