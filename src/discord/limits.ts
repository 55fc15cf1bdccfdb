/**
 * Discord's hard limits on what a bot may send, in one table. A message over any of them
 * is rejected whole with 400 (error 50035), so render.ts packs answers under them.
 * Source: discord.com/developers/docs — Resources › Message (content), Resources ›
 * Message › Embed Limits, Interactions › Application Commands (names, options,
 * autocomplete), Interactions › Message Components (custom_id).
 */
export const LIMITS = {
  /** Characters of a message's `content`. */
  content: 2000,
  /** Embeds in one message. */
  embeds: 10,
  /** Characters across every embed of one message: titles, descriptions, fields, footers, authors. */
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Choices in one autocomplete response. */
  autocompleteChoices: 25,
  /** Characters of a choice's name, and of a string choice's value. */
  choiceName: 100,
  choiceValue: 100,
  /** Characters of a button's custom_id. */
  customId: 100,
  /** Application command names (1–32) and chat-input descriptions (1–100). */
  commandName: 32,
  commandDescription: 100,
} as const;

/** `text` cut to at most `max` characters at a word boundary, with "…" where it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  // A very long word: cut inside it rather than lose most of the line.
  const end = space > max / 2 ? space : cut.length;
  // Never leave half of a surrogate pair at the cut.
  const safe = /[\uD800-\uDBFF]$/.test(text.slice(0, end)) ? end - 1 : end;
  return `${text.slice(0, safe).trimEnd()}…`;
}

/** The characters an embed counts towards the 6,000 of its message. */
export function embedLength(embed: {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: ReadonlyArray<{ name: string; value: string }>;
}): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
