import { CitewireError } from '../errors.ts';

/**
 * A failure talking to Discord, as the one-line error an operator can act on; anything
 * else is returned as it was. Branches on codes and statuses, never on message text.
 */
export function explainDiscordError(error: unknown, apiURL: string): unknown {
  if (CitewireError.isInstance(error) || typeof error !== 'object' || error === null) return error;
  const { code, status, rawError, cause } = error as { code?: unknown; status?: unknown; rawError?: { message?: unknown }; cause?: { code?: unknown } };
  if (code === 'TokenInvalid' || status === 401) {
    return new CitewireError('DISCORD_REFUSED', { reason: 'the token was rejected (401); copy it again from the Developer Portal' }, error);
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = typeof rawError?.message === 'string' ? rawError.message : 'no reason given';
    return new CitewireError('DISCORD_REFUSED', { reason: `${status} ${message}${typeof code === 'number' ? ` (code ${code})` : ''}` }, error);
  }
  const network = typeof cause?.code === 'string' ? cause.code : typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
  if (network) return new CitewireError('DISCORD_UNREACHABLE', { detail: apiURL, reason: network }, error);
  return error;
}
