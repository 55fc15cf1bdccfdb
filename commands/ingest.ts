import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { CitewireError } from '../src/errors.ts';
import { ingestDocument, readUrl } from '../src/library/index.ts';
import { readAttachment, renderIngest, type CommandContext } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('ingest')
  .setDescription('Add an article to this server’s library: a link to it, or a .txt, .md or .html file')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addStringOption((o) => o.setName('url').setDescription('The article’s http(s) link').setMaxLength(2000))
  .addAttachmentOption((o) => o.setName('file').setDescription('The article as a .txt, .md or .html file'));

export const expensive = true;
export const ephemeral = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const url = interaction.options.getString('url');
  const file = interaction.options.getAttachment('file');
  if (!url === !file) throw new CitewireError('ONE_SOURCE');
  if (url) {
    // Fetched before the write: other writers in this server do not wait for a slow site.
    const article = await readUrl(ctx.fetcher, url);
    await ctx.send(renderIngest(await ctx.write((library) => library.addArticles([article]))));
    return;
  }
  const document = await readAttachment(file!, ctx.config);
  await ctx.send(renderIngest(await ctx.write((library) => ingestDocument(library, document))));
}
