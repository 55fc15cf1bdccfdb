import { isSupportedFile, readDocument, type RawDocument } from '../articles/index.ts';
import type { Config } from '../config.ts';
import { CitewireError } from '../errors.ts';

/** The parts of a Discord attachment that ingesting one needs. */
export interface AttachmentRef {
  name: string;
  size: number;
  url: string;
}

// Discord's attachment hosts. The URL arrives in Discord's interaction payload, but we fetch
// it ourselves, so only these (and the origin of the operator's DISCORD_API_URL, which
// serves attachments in a proxy or test setup) are fetched: never an address a member chose.
const DISCORD_CDN = ['https://cdn.discordapp.com', 'https://media.discordapp.net'];
// Discord's CDN answers in well under a second; a stalled download should not hold a slot.
const DOWNLOAD_TIMEOUT_MS = 15_000;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Downloads an uploaded article file and reads it as a RawDocument. Refuses, with a
 * reason, files of another type, files over the size cap (checked before and during the
 * download) and URLs that are not Discord's.
 */
export async function readAttachment(attachment: AttachmentRef, config: Pick<Config, 'discord' | 'maxDownloadBytes'>): Promise<RawDocument> {
  const refuse = (reason: string, cause?: unknown) => new CitewireError('ATTACHMENT_REFUSED', { detail: attachment.name, reason }, cause);
  if (!isSupportedFile(attachment.name)) throw refuse('only .txt, .md and .html files can be ingested');
  const cap = config.maxDownloadBytes;
  if (attachment.size > cap) throw refuse(`it is ${megabytes(attachment.size)}, over the ${megabytes(cap)} limit`);
  let url: URL;
  try {
    url = new URL(attachment.url);
  } catch (cause) {
    throw refuse('its link is not a URL', cause);
  }
  const trusted = new Set([...DISCORD_CDN, new URL(config.discord.apiURL).origin]);
  if (!trusted.has(url.origin)) throw refuse('it is not stored on Discord');

  let response: Response;
  try {
    response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (cause) {
    throw refuse('the download failed; try again', cause);
  }
  if (!response.ok || !response.body) throw refuse(`Discord answered ${response.status} to the download`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > cap) {
      await response.body.cancel().catch(() => undefined);
      throw refuse(`it is over the ${megabytes(cap)} limit`);
    }
    chunks.push(chunk);
  }
  return readDocument(attachment.name, Buffer.concat(chunks));
}
