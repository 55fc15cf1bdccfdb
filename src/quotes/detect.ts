/** A quotation in quote marks: its span (marks included) and one fragment per paragraph it runs over. */
export interface Quotation {
  start: number;
  end: number;
  fragments: Array<[start: number, end: number]>;
}

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:]/;

/**
 * Finds double-quoted passages. Straight quotes open after a space or bracket and close
 * otherwise; curly ones say which they are. A quotation left open at a paragraph's end
 * continues when the next paragraph opens with a quote mark (the news convention for a
 * quote of several paragraphs); otherwise it ends with its paragraph.
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let open: Quotation | undefined;
  let fragmentStart = -1;
  let paragraphStart = 0;
  let nested = 0;

  const endFragment = (end: number) => {
    let e = end;
    while (e > fragmentStart && /\s/.test(text[e - 1]!)) e--;
    open!.fragments.push([fragmentStart, e]);
    open!.end = e;
  };

  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || i === text.length) {
      if (open) {
        let next = i;
        while (next < text.length && /\s/.test(text[next]!)) next++;
        endFragment(i);
        if (next < text.length && /["\u201c]/.test(text[next]!)) {
          // Continued: the next paragraph's opening mark starts the next fragment.
          fragmentStart = next;
          i = next;
          paragraphStart = next;
          continue;
        }
        quotations.push(open);
        open = undefined;
      }
      paragraphStart = i + 1;
      continue;
    }
    const opening = ch === '\u201c' || (ch === '"' && !open && (i === paragraphStart || OPENING_CONTEXT.test(text[i - 1]!)));
    const closing = ch === '\u201d' || (ch === '"' && !!open);
    // '“People wearing “Settle For Hillary” shirts … ouch.”': curly marks say which they are,
    // so a pair inside a curly quotation is a title or a quote within it, not its end.
    if (open && ch === '\u201c' && text[open.start] === '\u201c') {
      nested++;
      continue;
    }
    if (open && ch === '\u201d' && nested > 0) {
      nested--;
      continue;
    }
    if (!open && opening) {
      nested = 0;
      open = { start: i, end: i + 1, fragments: [] };
      fragmentStart = i;
    } else if (open && closing) {
      endFragment(i + 1);
      quotations.push(open);
      open = undefined;
    }
  }
  return [...quotations, ...singleQuotedHeadlines(text)].sort((a, b) => a.start - b.start);
}

/**
 * 'Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’': a headline gives a
 * speaker's words in single quotes, after the speaker and a colon, and nothing after them.
 * (Elsewhere a single mark is as often an apostrophe, so only a line of this shape counts.)
 */
function singleQuotedHeadlines(text: string): Quotation[] {
  const found: Quotation[] = [];
  for (const line of text.matchAll(/^([^\n"\u201c\u201d\u2018\u2019]{2,80}:[ \t]*)(\u2018[^\n"\u201c\u201d]+\u2019)[ \t]*$/gmu)) {
    const start = line.index + line[1]!.length;
    const end = start + line[2]!.length;
    found.push({ start, end, fragments: [[start, end]] });
  }
  return found;
}
