import { describe, expect, it } from 'vitest';
import { checkClaims, parseReply, partialAnswer, removeUnverifiedQuotes, retryAfterMs, UNVERIFIED, withRetries } from '../../src/answer/index.ts';
import { withoutQuotes } from '../../src/answer/check-claims.ts';

const article = 'Intro line.\n\n“Trust between leaders — and between peoples — matters,” Woo said.\n\nSales rose 5% in March.';
const paragraphs = article.split('\n\n');
const evidence = [1, 2].map((i) => ({ articleId: 'a', start: article.indexOf(paragraphs[i]!), text: paragraphs[i]! }));
const span = (c: { start?: number; end?: number }) => article.slice(c.start, c.end);

describe('checkClaims', () => {
  it('accepts words found exactly in the cited passage, with the article offsets', () => {
    const [c] = checkClaims([{ passage: 2, quote: 'Sales rose 5%' }], evidence);
    expect(c).toMatchObject({ verdict: 'accepted', evidence: 2 });
    expect(span(c!)).toBe('Sales rose 5%');
  });

  it('repairs straight quotes, plain dashes and extra spaces to the article’s own characters', () => {
    const [c] = checkClaims([{ passage: 1, quote: '"Trust between  leaders - and between peoples - matters,"' }], evidence);
    expect(c!.verdict).toBe('repaired');
    expect(span(c!)).toBe('Trust between leaders — and between peoples — matters,');
  });

  it('re-attributes words found in another passage', () => {
    const [c] = checkClaims([{ passage: 1, quote: 'rose 5% in March' }], evidence);
    expect(c).toMatchObject({ verdict: 'reattributed', evidence: 2 });
    expect(span(c!)).toBe('rose 5% in March');
  });

  it('rejects words found nowhere, a passage number out of range, and an empty quote', () => {
    const checked = checkClaims([{ passage: 1, quote: 'Trust is overrated' }, { passage: 9, quote: 'nothing like it' }, { passage: 1, quote: '""' }], evidence);
    expect(checked.map((c) => c.verdict)).toEqual(['rejected', 'rejected', 'rejected']);
  });
});

describe('removeUnverifiedQuotes', () => {
  it('keeps quotations of verified words (or part of them) and removes every other', () => {
    const verified = ['“Trust between leaders — and between peoples — matters,”'];
    expect(removeUnverifiedQuotes('Woo said "Trust between leaders - and between peoples" and “we will win”.', verified)).toBe(
      `Woo said "Trust between leaders - and between peoples" and ${UNVERIFIED}.`,
    );
  });

  it('leaves apostrophes and single quote marks alone', () => {
    expect(removeUnverifiedQuotes("Woo's view: it 'matters'.", [])).toBe("Woo's view: it 'matters'.");
  });

  it('hides every quotation in a preview, closed or not', () => {
    expect(withoutQuotes('He said "we will win" and then "the sea')).toBe('He said … and then …');
  });
});

describe('reading a model reply', () => {
  it('takes JSON in a code fence or with prose around it, and a passage number as a string', () => {
    expect(parseReply('Sure!\n```json\n{"answer": "A [1]", "claims": [{"passage": "2", "quote": "x"}, {"passage": "n", "quote": "y"}]}\n```')).toEqual({
      answer: 'A [1]',
      claims: [{ passage: 2, quote: 'x' }],
    });
  });

  it('refuses what is not an answer', () => {
    expect(() => parseReply('I cannot help with that.')).toThrow('no JSON object in the reply');
    expect(() => parseReply('{"answer": 3}')).toThrow('the reply has no "answer" text');
    expect(() => parseReply('{"answer": "x", claims: [}')).toThrow('the reply is not valid JSON');
  });

  it('reads the answer of a reply still being streamed', () => {
    expect(partialAnswer('{"answer": "Woo said \\"Tru')).toBe('Woo said "Tru');
    expect(partialAnswer('{"ans')).toBe('');
  });
});

describe('withRetries', () => {
  const failing = (errors: unknown[], value = 'ok') => {
    let calls = 0;
    return {
      call: async () => {
        const error = errors[calls++];
        if (error) throw error;
        return value;
      },
      calls: () => calls,
    };
  };
  const status = (s: number, headers: Record<string, string> = {}) => Object.assign(new Error(`status ${s}`), { status: s, headers: new Headers(headers) });

  it('waits as long as retry-after asks, then tries again', async () => {
    const f = failing([status(429, { 'retry-after': '0.2' })]);
    const started = Date.now();
    expect(await withRetries(f.call)).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(f.calls()).toBe(2);
  });

  it('retries 5xx with backoff, at most `retries` times, and never a 400 or a time-out', async () => {
    const five = failing([status(500), status(502), status(503)]);
    await expect(withRetries(five.call, { retries: 2, baseDelayMs: 1 })).rejects.toThrow('status 503');
    expect(five.calls()).toBe(3);
    const bad = failing([status(400)]);
    await expect(withRetries(bad.call, { baseDelayMs: 1 })).rejects.toThrow('status 400');
    expect(bad.calls()).toBe(1);
    const slow = failing([Object.assign(new Error('Request timed out.'), { name: 'TimeoutError' })]);
    await expect(withRetries(slow.call, { baseDelayMs: 1 })).rejects.toThrow('timed out');
    expect(slow.calls()).toBe(1);
  });

  it('reads retry-after as seconds, an HTTP date or retry-after-ms', () => {
    expect(retryAfterMs(status(429, { 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(status(429, { 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(status(429, { 'retry-after': new Date(Date.now() + 5000).toUTCString() }))).toBeGreaterThan(3000);
    expect(retryAfterMs(status(429))).toBeUndefined();
  });
});
