/**
 * Text wrapped at a fixed width, as plain-text articles and PDF copies are: each line
 * break inside a paragraph becomes spaces, so that a sentence or a quotation runs on over
 * it. Offsets stay those of the text as given. A break is a wrap when the paragraphs are
 * parted by blank lines, or when the line stops mid-sentence and the next goes on in lower
 * case ("said in an earnings call\nthis year that …"). A short line ("Related news") or a
 * list item ends where it ends.
 */
export function joinWrappedLines(text: string): string {
  const width = (text.match(/\n[ \t\r]*\n/g) ?? []).length >= 2 ? wrapWidth(text) : undefined;
  const blankLineParagraphs = width !== undefined;
  return text.replace(/^([^\n]*?)(\r?\n)(?=([ \t]*\S[^\n]*)(\n?))/gm, (whole, line: string, wrap: string, next: string, more: string, offset: number, all: string) => {
    if (line.trim().length < WRAP_WIDTH || /^\s*[*•\-\d]/.test(next)) return whole;
    // A line that ends a sentence may end its paragraph too: it stays a line, unless it
    // runs to the width with its paragraph going on below it.
    const open = !/[.!?:;"”’)\]]\s*$/.test(line) || (width !== undefined && line.trimEnd().length >= width - NEAR_WIDTH);
    const midSentence = open && /^\s*\p{Ll}/u.test(next);
    // In blank-line paragraphs a wrapped line is followed by another long one or by the
    // paragraph's end; "Share" under a byline is a line of its own.
    const after = offset + whole.length + next.length + more.length;
    const endsParagraph = !more || after >= all.length || /^[ \t\r]*\n/.test(all.slice(after));
    const wrapped = blankLineParagraphs && open && (next.trim().length >= WRAP_WIDTH || endsParagraph);
    return wrapped || midSentence ? line + ' '.repeat(wrap.length) : whole;
  });
}

/**
 * The width the text's lines run to, when a wrapping program left them so: most lines
 * followed by another end within NEAR_WIDTH characters of the widest (but for a few), which
 * is no wider than a page. A line per paragraph, or a list of quotations one a line, varies far more.
 */
function wrapWidth(text: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const inner = lines.filter((line, i) => line.trim() && lines[i + 1]?.trim()).map((line) => line.trimEnd().length);
  if (inner.length < 4) return undefined;
  // The widest but for a few lines a wrapper let run over ("a URL", a long word).
  const width = [...inner].sort((a, b) => a - b)[Math.floor(0.9 * (inner.length - 1))]!;
  return width <= 120 && inner.filter((n) => n >= width - NEAR_WIDTH).length >= 0.6 * inner.length ? width : undefined;
}

const NEAR_WIDTH = 20;

// Lines shorter than this are headings, bylines or navigation, not wrapped prose.
const WRAP_WIDTH = 40;
