import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { loggedUrl, parseHttpUrl } from '../src/articles/index.ts';
import { addFetched, fetchFeed } from '../src/library/index.ts';
import { FEED_ITEMS_PER_POLL, nextPoll, renderFollow, type CommandContext } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('follow')
  .setDescription('Follow a news feed (RSS or Atom): its new stories are added to this server’s library')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addStringOption((o) => o.setName('url').setDescription('The feed’s http(s) link').setRequired(true).setMaxLength(2000));

export const expensive = true;
export const ephemeral = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const url = parseHttpUrl(interaction.options.getString('url', true)).href;
  // The first poll runs now: a link that is not a feed is refused before it is followed.
  const fetched = await fetchFeed(await ctx.library(), url, {
    fetcher: ctx.fetcher,
    maxItems: FEED_ITEMS_PER_POLL,
    onProgress: (p) => p.phase === 'read' && ctx.progress(`Reading stories ${p.done}/${p.total}…`),
  });
  const now = new Date();
  const { result, already } = await ctx.write(async (library) => {
    const already = !library.feeds.follow(url, now);
    const result = await addFetched(library, fetched);
    const { title, etag, lastModified } = result.feed;
    library.feeds.recordPoll(url, { at: now, next: nextPoll(now, ctx.config.feedPollMs, 0), title, etag, lastModified });
    return { result, already };
  });
  ctx.log.info({ feed: loggedUrl(url), added: result.added.length, refused: result.refused.length }, 'following a feed');
  await ctx.send(renderFollow(result, already));
}
