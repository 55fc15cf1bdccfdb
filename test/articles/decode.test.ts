import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/articles/index.ts';

const utf16 = (text: string, bigEndian = false) => {
  const le = Buffer.from(text, 'utf16le');
  return bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
};

describe('decodeText', () => {
  it('follows a byte-order mark: UTF-8, UTF-16 LE and BE', () => {
    expect(decodeText(Buffer.from('\uFEFFcafé "quoted"', 'utf8'))).toEqual({ text: 'café "quoted"', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('Zoë said "hello".')]))).toEqual({ text: 'Zoë said "hello".', encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16('Zoë said "hello".', true)]))).toEqual({ text: 'Zoë said "hello".', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a mark', () => {
    expect(decodeText(utf16('The mayor said "we will rebuild".'))).toMatchObject({ text: 'The mayor said "we will rebuild".', encoding: 'utf-16le' });
  });

  it('falls back from invalid UTF-8 to Windows-1252, curly quotes and dashes included', () => {
    const bytes = Buffer.from([0x93, ...Buffer.from('Caf'), 0xe9, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35]);
    expect(decodeText(bytes)).toEqual({ text: '\u201cCafé\u201d \u2014 €5', encoding: 'windows-1252' });
  });

  it('keeps emoji and other astral characters', () => {
    expect(decodeText(Buffer.from('Fans cheered 🎉 and said "wow".'))).toMatchObject({ text: 'Fans cheered 🎉 and said "wow".' });
  });

  it('makes every line end "\\n", so offsets count the same characters', () => {
    expect(decodeText(Buffer.from('one\r\ntwo\rthree\n'))).toMatchObject({ text: 'one\ntwo\nthree\n' });
  });

  it('follows a declared charset, unless the bytes are UTF-8 mislabelled as Latin-1', () => {
    expect(decodeText(Buffer.from([0xb1]), 'iso-8859-2')).toMatchObject({ text: 'ą' });
    expect(decodeText(Buffer.from('né', 'utf8'), 'iso-8859-1')).toMatchObject({ text: 'né', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('né', 'latin1'), 'utf-8')).toMatchObject({ text: 'né', encoding: 'windows-1252' });
    expect(decodeText(Buffer.from('plain'), 'x-no-such-charset')).toMatchObject({ text: 'plain', encoding: 'utf-8' });
  });

  it('refuses binary data, naming common formats', () => {
    expect(decodeText(Buffer.from('%PDF-1.7 ...'))).toEqual({ notText: 'it is a PDF, not text' });
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10]))).toEqual({ notText: 'it is a PNG image, not text' });
    expect(decodeText(Buffer.from([1, 2, 3, 0, 0, 9, 0, 200, 201, 0, 17, 18, 19, 20, 0]))).toEqual({ notText: 'it is a binary file, not text' });
  });
});
