import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { ask } from '../src/answer/index.ts';
import { renderAnswer, type CommandContext } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Answer a question from this server’s articles, with exact, attributed quotes')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) =>
    o.setName('question').setDescription('e.g. Who said what about the Lee–Xi meeting?').setRequired(true).setMaxLength(300),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer to you alone'));

export const expensive = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const answer = await ask(await ctx.library(), interaction.options.getString('question', true), ctx.model);
  await ctx.send(renderAnswer(answer));
}
