import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { CitewireError } from '../src/errors.ts';
import { feedChoices, renderUnfollow, type CommandContext } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('unfollow')
  .setDescription('Stop following a news feed; its stories stay in the library')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addStringOption((o) => o.setName('url').setDescription('The feed (pick from the list)').setRequired(true).setAutocomplete(true).setMaxLength(2000));

export const ephemeral = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const typed = interaction.options.getString('url', true).trim();
  const feed = await ctx.write((library) => {
    // A choice carries at most 100 characters of the URL: a unique start of one is enough.
    const matches = library.feeds.list().filter((f) => f.url === typed || f.url.startsWith(typed));
    const followed = matches.find((f) => f.url === typed) ?? (matches.length === 1 ? matches[0] : undefined);
    if (!followed || !library.feeds.unfollow(followed.url)) throw new CitewireError('NOT_FOLLOWING', { detail: typed });
    return followed;
  });
  await ctx.send(renderUnfollow(feed));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const library = await ctx.library();
  await interaction.respond(feedChoices(library.feeds.list(), interaction.options.getFocused()));
}
