import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { ingestDocument } from '../src/library/index.ts';
import { readAttachment, renderIngest, type CommandContext } from '../src/discord/index.ts';

export const data = new SlashCommandBuilder()
  .setName('ingest')
  .setDescription('Add an article file (.txt or .md) to this server’s library')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addAttachmentOption((o) => o.setName('file').setDescription('The article as a .txt or .md file').setRequired(true));

export const expensive = true;
export const ephemeral = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const document = await readAttachment(interaction.options.getAttachment('file', true), ctx.config);
  const result = await ctx.write((library) => ingestDocument(library, document));
  await ctx.send(renderIngest(result));
}
