import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType, type MessageContextMenuCommandInteraction } from 'discord.js';
import { ask } from '../src/answer/index.ts';
import { renderAnswer, type CommandContext } from '../src/discord/index.ts';

// Message context-menu commands take no options, so no `private`: the sources go to the
// member who asked, rather than answering someone else's message in public.
export const data = new ContextMenuCommandBuilder()
  .setName('Find sources')
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild);

export const expensive = true;
export const ephemeral = true;

export async function execute(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Promise<void> {
  const answer = await ask(await ctx.library(), interaction.targetMessage.content, ctx.model);
  await ctx.send(renderAnswer(answer));
}
