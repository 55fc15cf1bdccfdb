import { InteractionContextType, SlashCommandBuilder, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { parsePageId, renderArticles, type CommandContext, type PageRef } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('articles')
  .setDescription('List the articles in this server’s library')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('query').setDescription('Only titles or publishers containing this').setMaxLength(80))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the list to you alone'));

async function show(ref: PageRef, ctx: CommandContext): Promise<void> {
  await ctx.send(renderArticles((await ctx.library()).listArticles(), ref));
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await show({ list: 'articles', page: 0, query: interaction.options.getString('query') ?? '' }, ctx);
}

export async function button(interaction: ButtonInteraction, ctx: CommandContext): Promise<void> {
  const ref = parsePageId(interaction.customId);
  if (ref) await show(ref, ctx);
}
