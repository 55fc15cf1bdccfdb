/**
 * Per-user cooldowns on expensive commands: one member cannot keep the embedder busy for
 * everyone else. Each command has its own clock, so /ask does not hold up /articles.
 */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Starts the user's cooldown for `command` and returns undefined, or, when one is
   * running, returns the time (ms since the epoch) at which it ends and changes nothing.
   */
  take(userId: string, command: string): number | undefined {
    if (this.seconds === 0) return undefined;
    const now = this.now();
    const key = `${command}:${userId}`;
    const until = this.until.get(key);
    if (until !== undefined && until > now) return until;
    // Forget finished cooldowns now and then, so the map stays the size of the active users.
    if (this.until.size > 1000) for (const [k, t] of this.until) if (t <= now) this.until.delete(k);
    this.until.set(key, now + this.seconds * 1000);
    return undefined;
  }
}
