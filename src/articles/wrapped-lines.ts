/**
 * Text wrapped at a fixed width, as plain-text articles and PDF copies are: each line
 * break inside a paragraph becomes spaces, so that a sentence or a quotation runs on over
 * it. Offsets stay those of the text as given. A break is a wrap when the paragraphs are
 * parted by blank lines, or when the line stops mid-sentence and the next goes on in lower
 * case ("said in an earnings call\nthis year that …"). A short line ("Related news") or a
 * list item ends where it ends.
 */
export function joinWrappedLines(text: string): string {
  const blankLineParagraphs = (text.match(/\n[ \t\r]*\n/g) ?? []).length >= 2 && wrappedAtWidth(text);
  return text.replace(/^([^\n]*?)(\r?\n)(?=([ \t]*\S[^\n]*)(\n?))/gm, (whole, line: string, wrap: string, next: string, more: string, offset: number, all: string) => {
    if (line.trim().length < WRAP_WIDTH || /^\s*[*•\-\d]/.test(next)) return whole;
    // A line that ends a sentence may end its paragraph too: it stays a line.
    const open = !/[.!?:;"”’)\]]\s*$/.test(line);
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
 * True when the text's lines run to one width, as a wrapping program leaves them: most
 * lines followed by another end within 20 characters of the widest, which is no wider than
 * a page. A line per paragraph, or a list of quotations one a line, varies far more.
 */
function wrappedAtWidth(text: string): boolean {
  const lines = text.split(/\r?\n/);
  const inner = lines.filter((line, i) => line.trim() && lines[i + 1]?.trim()).map((line) => line.trimEnd().length);
  if (inner.length < 4) return false;
  const width = Math.max(...inner);
  return width <= 120 && inner.filter((n) => n >= width - 20).length >= 0.6 * inner.length;
}

// Lines shorter than this are headings, bylines or navigation, not wrapped prose.
const WRAP_WIDTH = 40;
