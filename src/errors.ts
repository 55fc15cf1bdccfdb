/**
 * Every error a user can cause, as one table of codes and one-line messages
 * (the shape of Orama's errors.ts). Messages say what happened and what to do, and
 * are fit to show in Discord or a terminal. The underlying error rides in `cause`,
 * for the log only.
 */
const messages = {
  EMPTY_QUESTION: () => 'The question is empty; ask something about the articles.',
  ARTICLE_NOT_FOUND: (p: Details) => `No article matches '${p.detail}'; list the articles to find its title or id.`,
  SOURCE_NOT_FOUND: (p: Details) => `Cannot read '${p.detail}': no such file or directory.`,
  SOURCE_UNREADABLE: (p: Details) => `Cannot read '${p.detail}': ${p.reason ?? 'unreadable'}.`,
  UNSUPPORTED_SOURCE: (p: Details) =>
    `Cannot ingest '${p.detail}': only .txt, .md and .html files are articles (a feed goes in with --feed).`,
  NOT_TEXT: (p: Details) => `Cannot ingest '${p.detail}': ${p.reason}.`,
  URL_REFUSED: (p: Details) => `Cannot fetch '${p.detail}': ${p.reason}.`,
  NOT_A_FEED: (p: Details) => `'${p.detail}' is not an RSS or Atom feed: ${p.reason}.`,
  EMPTY_ARTICLE: (p: Details) => `'${p.detail}' has no article text after cleaning; nothing was added.`,
  NO_SOURCES: (p: Details) => `No files found in '${p.detail}'.`,
  MODEL_LOAD_FAILED: (p: Details) =>
    `The local embedding model could not be loaded from '${p.detail}'; reinstall with 'npm ci'.`,
  MODEL_MISMATCH: (p: Details) =>
    `Library '${p.detail}' was built with ${p.reason}; rebuild it or switch the embedding model back.`,
  EMBEDDING_FAILED: (p: Details) => `The embedding provider failed: ${p.reason ?? 'unknown error'}.`,
  INVALID_CONFIG: (p: Details) => `Invalid configuration: ${p.detail}.`,
  INVALID_DATE: (p: Details) => `'${p.detail}' is not a date; use YYYY-MM-DD, e.g. 2026-01-08.`,
  NO_SOURCES_GIVEN: () => 'Give files, folders or http(s) links to ingest, or a feed with --feed.',
  NO_INPUT: () => "Give article files to read, or --jsonl to read {\"id\",\"text\"} lines on stdin.",
  INVALID_INPUT: (p: Details) => `Line ${p.detail} of the input is not {"id", "text"} JSON: ${p.reason}.`,
  INVALID_LIBRARY_NAME: (p: Details) =>
    `'${p.detail}' is not a valid library name; use letters, digits, '-' and '_' (up to 64).`,
  INDEX_BUSY: (p: Details) => `Library '${p.detail}' is being written by another process; try again shortly.`,
  INDEX_CORRUPT: (p: Details) => `Library '${p.detail}' cannot be opened: ${p.reason ?? 'its files are damaged'}.`,
  MISSING_TOKEN: () => 'DISCORD_TOKEN is not set; put the bot token from the Developer Portal in the environment or .env.',
  DISCORD_REFUSED: (p: Details) => `Discord refused the request: ${p.reason}.`,
  DISCORD_UNREACHABLE: (p: Details) => `Cannot reach Discord at ${p.detail} (${p.reason}); check the network or DISCORD_API_URL.`,
  BAD_COMMAND_FILE: (p: Details) => `Command file '${p.detail}' ${p.reason}.`,
  GUILD_ONLY: () => 'Citewire answers inside a server only; each server has its own library.',
  MISSING_PERMISSION: (p: Details) => `You need the ${p.detail} permission to do that here.`,
  COOLDOWN: (p: Details) => `Slow down: you can use ${p.detail} again ${p.reason}.`,
  ATTACHMENT_REFUSED: (p: Details) => `Cannot ingest '${p.detail}': ${p.reason}.`,
  ONE_SOURCE: () => 'Give /ingest a file or a url, one of the two.',
  NOT_FOLLOWING: (p: Details) => `This server does not follow '${p.detail}'; /unfollow lists the feeds it follows.`,
  UNKNOWN_COMMAND: (p: Details) => `This bot has no command '${p.detail}' any more; the server's command list is out of date.`,
  SHUTTING_DOWN: () => 'Citewire is restarting; try again in a minute.',
} as const;

export type ErrorCode = keyof typeof messages;

export interface Details {
  /** The thing the user named: a path, id, library name. */
  detail?: string;
  reason?: string;
}

export class CitewireError extends Error {
  override readonly name = 'CitewireError';
  readonly code: ErrorCode;
  readonly details: Readonly<Details>;

  constructor(code: ErrorCode, details: Details = {}, cause?: unknown) {
    super(messages[code](details), cause === undefined ? undefined : { cause });
    this.code = code;
    this.details = details;
  }

  /**
   * True for a CitewireError from any copy of this module: `instanceof` fails when
   * two copies are loaded (LangChain PR #11344 hit the same), so branch on the brand.
   */
  static isInstance(error: unknown): error is CitewireError {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'CitewireError' &&
      typeof (error as { code?: unknown }).code === 'string' &&
      (error as { code: string }).code in messages
    );
  }
}
