import { InteractionContextType, SlashCommandBuilder, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { parsePageId, renderSpeakers, type CommandContext, type PageRef } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('speakers')
  .setDescription('Who is quoted in this server’s articles, and how often')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('query').setDescription('Only names containing this').setMaxLength(80))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the list to you alone'));

async function show(ref: PageRef, ctx: CommandContext): Promise<void> {
  const library = await ctx.library();
  await ctx.send(renderSpeakers(library.speakers(ref.query ? { speaker: ref.query } : {}), ref));
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await show({ list: 'speakers', page: 0, query: interaction.options.getString('query') ?? '' }, ctx);
}

export async function button(interaction: ButtonInteraction, ctx: CommandContext): Promise<void> {
  const ref = parsePageId(interaction.customId);
  if (ref) await show(ref, ctx);
}
