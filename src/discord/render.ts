import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import { quoteLink, type Answer, type Citation } from '../answer/index.ts';
import type { AddResult, ArticleSummary, FeedResult, FollowedFeed, IngestResult, SpeakerSummary } from '../library/index.ts';
import { contains } from './choices.ts';
import { LIMITS, embedLength, truncate } from './limits.ts';

/** One message to send: every field Discord takes from a bot, pings switched off. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<APIActionRowComponent<APIButtonComponentWithCustomId>>;
  allowedMentions: { parse: [] };
}

/** The one place a reply is made: nothing a bot sends may ping, whatever the text says. */
export function reply(fields: Omit<Reply, 'allowedMentions'>): Reply {
  return { ...fields, allowedMentions: { parse: [] } };
}

/** A one-line reply: a result, a refusal or an apology. */
export function line(text: string): Reply {
  return reply({ content: truncate(inert(text), LIMITS.content) });
}

const ZWSP = '\u200b';

/**
 * Article text shown as text: Markdown characters escaped, and mention syntax
 * (`@everyone`, `<@123>`, `<#1>`, `</cmd:1>`) broken with a zero-width space so that
 * it renders as typed and can never ping, even where allowedMentions is missing.
 */
export function inert(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<>]/g, '\\$&')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:a]|t:)/g, `<${ZWSP}`);
}

// Longer quotes are shown in part (their start, verbatim, then "…"): 1,000 characters keep
// four long quotes in one embed description and still say what the speaker said.
const QUOTE_SHOWN = 1000;
// An answer is at most three messages: a channel flooded with follow-ups is worse than a
// trimmed answer, and the rest is one narrower question away.
const MESSAGES = 3;
const COLOR = 0x2b6cb0;

/**
 * The quoted words, verbatim. Speech that carries its own quote marks keeps just those;
 * a sentence of the article is put in quote marks; reported speech ("Woo said the
 * outcome was…") is the article's wording, not the speaker's, so it gets none and its
 * source line says "reported".
 */
function quoted(c: Citation): string {
  const whole = c.quote.replace(/\s*\n+\s*/g, ' ').trim();
  const flat = truncate(whole, QUOTE_SHOWN);
  // A long quote cut short has lost its closing mark, not its quotedness.
  if (/^["“]/.test(flat) && (/["”]$/.test(flat) || flat !== whole)) return inert(flat);
  return c.speaker ? `*${inert(flat)}*` : inert(`“${flat}”`);
}

// A link longer than this is shown as the title alone: it would crowd out quotes.
const LINK_SHOWN = 400;

function sourceOf(c: Citation, reported: boolean): string {
  const title = inert(truncate(c.title, 120));
  const link = c.url ? quoteLink(c.url, c.quote) : undefined;
  const linked = link && link.length <= LINK_SHOWN ? `[${title}](${link})` : `*${title}*`;
  const how = [reported && 'reported', c.cue && inert(truncate(c.cue, 60))].filter(Boolean).join(', ');
  return [how, linked, c.publisher && inert(truncate(c.publisher, 60)), c.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
}

/** One citation as a block of an embed: the quote, then how it was said and where. */
function citationBlock(c: Citation, n: number): string {
  const shown = quoted(c);
  return `> ${shown} \`[${n}]\`\n— ${sourceOf(c, shown.startsWith('*'))}\n`;
}

interface Section {
  heading?: string;
  blocks: string[];
}

/** Consecutive citations of one speaker form a section; unattributed ones, one without a heading. */
function sectionsOf(answer: Answer): Section[] {
  const sections: Section[] = [];
  answer.citations.forEach((c, i) => {
    const last = sections.at(-1);
    if (last && last.heading === c.speaker) last.blocks.push(citationBlock(c, i + 1));
    else sections.push({ ...(c.speaker ? { heading: c.speaker } : {}), blocks: [citationBlock(c, i + 1)] });
  });
  return sections;
}

const MORE_RESERVE = 80; // room kept in every message for the "…and N more" footer

/**
 * Embeds packed into messages under every limit in limits.ts: a speaker's quotes fill an
 * embed (continued in the next when full), embeds fill a message, and whatever does not
 * fit in three messages is counted in "…and N more" instead of being sent. A block is at
 * most ~1,800 characters (quote, title, link and cue are each capped), so one always fits
 * an empty embed.
 */
function pack(title: string, lead: string | undefined, sections: readonly Section[]): Reply[] {
  const done: APIEmbed[][] = [];
  let embed: APIEmbed = { color: COLOR, title: truncate(inert(title), LIMITS.embedTitle) };
  if (lead) embed.description = `${truncate(lead, LIMITS.embedDescription - 2)}\n\n`;
  let embeds = [embed];
  let size = embedLength(embed);
  // The title's embed takes the first section itself when it has no lead text.
  let headFree = !lead;
  const total = sections.reduce((n, s) => n + s.blocks.length, 0);
  let shown = 0;
  const fitsIn = (e: APIEmbed, extra: number) =>
    (e.description?.length ?? 0) + extra <= LIMITS.embedDescription && size + extra + MORE_RESERVE <= LIMITS.embedTotal;

  fill: for (const section of sections) {
    let started = false;
    for (const block of section.blocks) {
      if (!started || !fitsIn(embed, block.length)) {
        const heading = section.heading && (started ? `${section.heading} (continued)` : section.heading);
        const author = heading ? { name: truncate(inert(heading), LIMITS.authorName) } : undefined;
        if (headFree) {
          if (author) embed.author = author;
        } else {
          embed = { color: COLOR, ...(author ? { author } : {}) };
          if (embeds.length === LIMITS.embeds || !fitsIn({}, embedLength(embed) + block.length)) {
            if (done.length + 1 === MESSAGES) break fill;
            done.push(embeds);
            embeds = [];
            size = 0;
          }
          embeds.push(embed);
        }
        size += author?.name.length ?? 0;
        headFree = false;
        started = true;
      }
      embed.description = `${embed.description ?? ''}${block}`;
      size += block.length;
      shown++;
    }
  }
  done.push(embeds);
  if (shown < total) {
    const more = total - shown;
    embeds.at(-1)!.footer = { text: `…and ${more} more quote${more === 1 ? '' : 's'}; ask a narrower question to see them.` };
  }
  return done.map((list) => reply({ embeds: list }));
}

/**
 * An answer as Discord messages: a who-said-what answer as one embed per speaker, each
 * quote verbatim in quote marks with its cue and linked source; other answers as their
 * numbered sentences. An answer without citations is its one line.
 */
export function renderAnswer(answer: Answer): Reply[] {
  if (answer.citations.length === 0) return [line(answer.text)];
  const lead = answer.mode === 'llm' ? inert(answer.text) : answer.note ? `*${inert(answer.note)}*` : undefined;
  return pack(answer.question, lead, sectionsOf(answer));
}

/** What a page of a list is: which list, which page, what it was filtered by. */
export interface PageRef {
  list: 'articles' | 'speakers';
  page: number;
  query: string;
}

export const PAGE_SIZE = 10;

/** The custom_id of a paging button, and back: `articles:2:lee` (query cut to fit 100). */
export function pageId({ list, page, query }: PageRef): string {
  return `${list}:${page}:${query}`.slice(0, LIMITS.customId);
}

export function parsePageId(customId: string): PageRef | undefined {
  const match = /^(articles|speakers):(\d{1,6}):(.*)$/s.exec(customId);
  return match ? { list: match[1] as PageRef['list'], page: Number(match[2]), query: match[3]! } : undefined;
}

function pageOf<T>(items: readonly T[], ref: PageRef, title: string, describe: (item: T) => string): Reply {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, ref.page), pages - 1);
  const slice = items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const embed: APIEmbed = {
    color: COLOR,
    title: truncate(ref.query ? `${title} matching “${inert(ref.query)}”` : title, LIMITS.embedTitle),
    // Ten lines of at most 300 characters stay far below the 4,096 of a description.
    description: slice.length ? slice.map((item) => truncate(describe(item), 300)).join('\n') : 'Nothing here yet.',
    footer: { text: `${items.length} in all · page ${page + 1} of ${pages}` },
  };
  const button = (label: string, to: number, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: 2, // ComponentType.Button
    style: 2, // ButtonStyle.Secondary
    label,
    custom_id: pageId({ ...ref, page: to }),
    disabled,
  });
  // Clamped targets still differ (0 and 1 on the first page), as two buttons' ids must.
  const components: Array<APIActionRowComponent<APIButtonComponentWithCustomId>> =
    pages > 1 ? [{ type: 1, components: [button('Previous', Math.max(0, page - 1), page === 0), button('Next', Math.min(pages - 1, page + 1), page === pages - 1)] }] : [];
  return reply({ embeds: [embed], components });
}

/** A page of the articles whose title or publisher contains the query. */
export function renderArticles(all: readonly ArticleSummary[], ref: PageRef): Reply {
  const list = ref.query ? all.filter((a) => contains(a.title, ref.query) || contains(a.publisher ?? '', ref.query)) : all;
  return pageOf(list, ref, 'Articles in this server’s library', (a) =>
    [`**${inert(truncate(a.title, 150))}**`, a.publisher && inert(a.publisher), a.publishedAt?.slice(0, 10), `\`${a.id}\``].filter(Boolean).join(' · '),
  );
}

export function renderSpeakers(list: readonly SpeakerSummary[], ref: PageRef): Reply {
  return pageOf(list, ref, 'Who is quoted in this server’s library', (s) =>
    `**${inert(truncate(s.name, 100))}** — ${s.quotes} quote${s.quotes === 1 ? '' : 's'} in ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`,
  );
}

/** One line per article (added, updated, already there, a duplicate) and per refusal. */
function ingestLines(result: AddResult & { refused?: IngestResult['refused'] }): string[] {
  const named = (a: { id: string; title: string }) => `“${inert(truncate(a.title, 200))}” (\`${a.id}\`)`;
  return [
    ...result.added.map((a) => `Added ${named(a)}.`),
    ...result.updated.map((a) => `Updated ${named(a)}: same URL, new text.`),
    ...result.unchanged.map((a) => `Already in the library: ${named(a)}.`),
    ...result.duplicates.map((d) => `Already in the library as ${named(d.of)}: the same story (${Math.round(d.similarity * 100)}% alike); this link is recorded there.`),
    ...(result.refused ?? []).map((r) => `Refused: ${inert(truncate(r.message, 300))}`),
  ];
}

export function renderIngest(result: AddResult & { refused?: IngestResult['refused'] }): Reply {
  return reply({ content: truncate(ingestLines(result).join('\n'), LIMITS.content) });
}

/** The first poll of a newly followed feed, item by item. */
export function renderFollow(result: FeedResult, already: boolean): Reply {
  const name = inert(truncate(result.feed.title ?? result.feed.url, 200));
  const head = `${already ? 'Already following' : 'Following'} **${name}** (${result.feed.items} item${result.feed.items === 1 ? '' : 's'}); new stories are added as it publishes them.`;
  return reply({ content: truncate([head, ...ingestLines(result)].join('\n'), LIMITS.content) });
}

export function renderUnfollow(feed: FollowedFeed): Reply {
  return reply({ content: `Stopped following **${inert(truncate(feed.title ?? feed.url, 200))}**; the stories already added stay in the library.` });
}

export function renderForget(article: { id: string; title: string }): Reply {
  return reply({ content: `Removed “${inert(truncate(article.title, 200))}” (\`${article.id}\`).` });
}
