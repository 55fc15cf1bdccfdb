/**
 * Bytes to text, for files on disk, uploads and web pages alike. The order follows the
 * WHATWG encoding standard: a byte-order mark wins, then the charset the sender declared,
 * then UTF-8, with Windows-1252 (what "Latin-1" means on the web) where the bytes are not
 * UTF-8. Line ends become "\n", so every offset into an article counts the same characters
 * whichever system wrote the file.
 */

export interface DecodedText {
  text: string;
  /** The encoding used, as a WHATWG label ("utf-8", "utf-16le", "windows-1252"). */
  encoding: string;
}

const BOMS: Array<[bytes: number[], encoding: string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// Formats people upload or link by mistake: named, so the refusal says what the file is.
const MAGIC: Array<[bytes: number[], what: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word/OpenDocument file)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function bomOf(bytes: Uint8Array): string | undefined {
  return BOMS.find(([prefix]) => startsWith(bytes, prefix))?.[1];
}

/**
 * UTF-16 without a mark: most characters of an English page are ASCII, so one byte of
 * each pair is zero, always the same one.
 */
function unmarkedUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

// Windows-1252's bytes 0x80–0x9F (WHATWG index-windows-1252); the rest is Latin-1. Node 20's
// TextDecoder decodes them as C1 controls (nodejs/node#60888), so we decode this one ourselves.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b)));
  }
  return text;
}

/** The decoder for a charset label, or undefined when the label is not one we know. */
function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal, ignoreBOM: false });
  } catch {
    return undefined;
  }
}

/** True when the bytes hold a character outside ASCII encoded as valid UTF-8. */
function isUtf8WithMultibyte(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What a known non-text format is, from its first bytes; undefined otherwise. */
function knownFormat(bytes: Uint8Array): string | undefined {
  const magic = MAGIC.find(([prefix]) => startsWith(bytes, prefix));
  if (magic) return `it is ${magic[1]}, not text`;
  return undefined;
}

/** True when decoded text holds characters no article has: NULs and other control codes. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > Math.max(8, sample.length * 0.01);
}

/**
 * Decodes `bytes` as text. `declared` is the charset the sender named (an HTTP header,
 * a <meta charset>); it is followed unless a byte-order mark says otherwise, the label
 * is unknown, or the bytes are not valid in it. One exception, from experience with real
 * sites: a page declared as Latin-1 or Windows-1252 whose bytes are valid UTF-8 with
 * non-ASCII characters is UTF-8 mislabelled, since Latin text almost never forms valid
 * UTF-8 by chance. Returns the reason instead when the bytes are not text.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText | { notText: string } {
  const notText = knownFormat(bytes);
  if (notText) return { notText };
  const candidates: string[] = [];
  const bom = bomOf(bytes);
  if (bom) candidates.push(bom);
  if (declared && decoderFor(declared, false)) {
    const label = decoderFor(declared, false)!.encoding;
    const singleByteLatin = label === 'windows-1252' || label === 'iso-8859-1' || label === 'iso-8859-15';
    if (singleByteLatin && isUtf8WithMultibyte(bytes)) candidates.push('utf-8');
    candidates.push(label);
  }
  const utf16 = bom ? undefined : unmarkedUtf16(bytes);
  if (utf16) candidates.push(utf16);
  candidates.push('utf-8', 'windows-1252');

  for (const encoding of candidates) {
    let text: string;
    try {
      // windows-1252 maps every byte, so the last candidate always decodes. WHATWG reads
      // "latin1", "iso-8859-1" and "ascii" as windows-1252 too.
      const decoder = decoderFor(encoding, true)!;
      text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    } catch {
      continue;
    }
    if (looksBinary(text)) return { notText: 'it is a binary file, not text' };
    return { text: normalizeLineEnds(text), encoding };
  }
  return { notText: 'it is a binary file, not text' };
}

/** "\r\n" and a lone "\r" become "\n". */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
