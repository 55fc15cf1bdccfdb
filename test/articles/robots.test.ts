import { describe, expect, it } from 'vitest';
import { isAllowedByRobots, parseRobots } from '../../src/articles/index.ts';

const ROBOTS = `# a comment
User-agent: *
Disallow: /private/
Disallow: /*.pdf$
Allow: /private/press/

User-agent: BadBot
User-agent: Citewire
Disallow: /no-bots
`;

describe('robots.txt', () => {
  it('uses the group naming Citewire in place of the * group', () => {
    const ours = parseRobots(ROBOTS, 'citewire');
    expect(isAllowedByRobots(ours, '/no-bots/story')).toBe(false);
    expect(isAllowedByRobots(ours, '/private/x')).toBe(true);
  });

  it('applies the * group otherwise: longest match wins, allow wins a tie, * and $ wildcards', () => {
    const any = parseRobots(ROBOTS, 'otherbot');
    expect(isAllowedByRobots(any, '/private/x')).toBe(false);
    expect(isAllowedByRobots(any, '/private/press/release')).toBe(true);
    expect(isAllowedByRobots(any, '/files/report.pdf')).toBe(false);
    expect(isAllowedByRobots(any, '/files/report.pdf?x=1')).toBe(true);
    expect(isAllowedByRobots(any, '/news/story')).toBe(true);
  });

  it('allows everything when the file is empty or says "Disallow:" with no path', () => {
    expect(isAllowedByRobots(parseRobots('', 'citewire'), '/a')).toBe(true);
    expect(isAllowedByRobots(parseRobots('User-agent: *\nDisallow:\n', 'citewire'), '/a')).toBe(true);
    expect(isAllowedByRobots(parseRobots('User-agent: *\nDisallow: /\n', 'citewire'), '/a')).toBe(false);
  });
});
