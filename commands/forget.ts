import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { forgetArticle } from '../src/library/index.ts';
import { articleChoices, renderForget, type CommandContext } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('forget')
  .setDescription('Remove an article from this server’s library')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addStringOption((o) => o.setName('article').setDescription('Its title (pick from the list) or id').setRequired(true).setAutocomplete(true).setMaxLength(200));

// Removing is quick, but it waits for any ingest under way in this server: defer.
export const expensive = true;
export const ephemeral = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const ref = interaction.options.getString('article', true);
  const removed = await ctx.write((library) => forgetArticle(library, ref));
  await ctx.send(renderForget(removed));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const library = await ctx.library();
  await interaction.respond(articleChoices(library.listArticles(), interaction.options.getFocused()));
}
