export type { Command, CommandContext, CommandData, MessageCommand, SlashCommand } from './command.ts';
export { readAttachment, type AttachmentRef } from './attachment.ts';
export { articleChoices, feedChoices, speakerChoices } from './choices.ts';
export { deployCommands, type DeployOptions, type DeployResult } from './deploy.ts';
export { FEED_ITEMS_PER_POLL, FeedPoller, nextPoll } from './feed-poller.ts';
export { GuildLibraries, guildLibraryName } from './guild-libraries.ts';
export { COMMANDS_DIR, loadCommands } from './load-commands.ts';
export { LIMITS, truncate } from './limits.ts';
export {
  inert,
  line,
  parsePageId,
  renderAnswer,
  renderArticles,
  renderForget,
  renderFollow,
  renderIngest,
  renderUnfollow,
  renderSpeakers,
  type PageRef,
  type Reply,
} from './render.ts';
export { Router, type RouterOptions } from './router.ts';
export { startBot, type Bot, type StartBotOptions } from './start.ts';
