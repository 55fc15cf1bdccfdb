/**
 * robots.txt as RFC 9309 reads it: the group naming our product token (else the `*`
 * group), its allow and disallow paths with `*` and `$`, the longest match deciding and
 * allow winning a tie.
 */
export interface RobotsRules {
  rules: Array<{ allow: boolean; path: string }>;
}

/** The rules of the group that applies to `agent` (lower case), from a robots.txt body. */
export function parseRobots(text: string, agent: string): RobotsRules {
  const groups: Array<{ agents: string[]; rules: RobotsRules['rules'] }> = [];
  let current: (typeof groups)[number] | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      // Consecutive user-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || (key !== 'allow' && key !== 'disallow')) continue;
    // "Disallow:" with no path allows everything; it adds no rule.
    if (value) current.rules.push({ allow: key === 'allow', path: value });
  }
  const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && agent.startsWith(a)));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
  return { rules: chosen.flatMap((g) => g.rules) };
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = body.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${regex}${anchored ? '$' : ''}`).test(path);
}

/** True when `path` (with its query) may be fetched under `robots`. */
export function isAllowedByRobots(robots: RobotsRules, path: string): boolean {
  if (path === '/robots.txt') return true;
  let best: { allow: boolean; length: number } | undefined;
  for (const rule of robots.rules) {
    if (!matches(rule.path, path)) continue;
    const length = rule.path.length;
    if (!best || length > best.length || (length === best.length && rule.allow)) best = { allow: rule.allow, length };
  }
  return best?.allow ?? true;
}
