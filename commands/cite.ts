import { InteractionContextType, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { cite } from '../src/answer/index.ts';
import { renderAnswer, speakerChoices, type CommandContext } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('cite')
  .setDescription('The quotations in this server’s articles that bear on a topic')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('topic').setDescription('e.g. the Lee–Xi meeting').setRequired(true).setMaxLength(300))
  .addStringOption((o) => o.setName('speaker').setDescription('Only this person’s words').setAutocomplete(true).setMaxLength(100))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer to you alone'));

export const expensive = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const speaker = interaction.options.getString('speaker') ?? undefined;
  const answer = await cite(await ctx.library(), interaction.options.getString('topic', true), { filter: speaker ? { speaker } : {}, ...ctx.model });
  await ctx.send(renderAnswer(answer));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const library = await ctx.library();
  await interaction.respond(speakerChoices(library.speakers(), interaction.options.getFocused()));
}
