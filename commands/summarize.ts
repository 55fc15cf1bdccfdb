import { InteractionContextType, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { summarize } from '../src/answer/index.ts';
import { articleChoices, renderAnswer, type CommandContext } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('summarize')
  .setDescription('A short summary of one article, in its own sentences')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('article').setDescription('Its title (pick from the list) or id').setRequired(true).setAutocomplete(true).setMaxLength(200))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the summary to you alone'));

export const expensive = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const answer = await summarize(await ctx.library(), interaction.options.getString('article', true), ctx.model);
  await ctx.send(renderAnswer(answer));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const library = await ctx.library();
  await interaction.respond(articleChoices(library.listArticles(), interaction.options.getFocused()));
}
