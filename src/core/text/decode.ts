/**
 * Turns raw file bytes into text, or a clear reason to skip the file.
 *
 * Offsets contract: every offset the engine reports is a UTF-16 code-unit index into the text
 * returned here, which is what VS Code shows in the editor:
 * - a byte-order mark (UTF-8 or UTF-16) is stripped, so offset 0 is the first character after it;
 * - CRLF files keep their `\r\n` (each counts as two code units, as in `TextDocument.offsetAt`);
 * - files that mix line endings (or use lone `\r`) are normalised the way VS Code normalises them
 *   on load, otherwise offsets of a closed file would drift from the opened editor's.
 */
import { CharCode } from './charCodes';

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin-1';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      /** `latin-1` means Windows-1252, the superset of ISO-8859-1 that Western text files use. */
      encoding: SourceEncoding;
      hadBom: boolean;
      /** Something the user should be told although the file was indexed (e.g. read as Latin-1). */
      notice?: string;
    }
  | { ok: false; reason: string };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');

/** Where the editor's size limit is changed; named in its skip reasons. */
export const EDITOR_SIZE_SETTING = 'setting sourceXref.maxFileSizeMB';

/**
 * The skip reason for a file of `size` bytes, or undefined when it is within the limit. `limitHint`
 * says where the limit is set (the editor's setting by default; the command line passes its own or '').
 */
export function sizeProblem(size: number, maxBytes = DEFAULT_MAX_BYTES, limitHint = EDITOR_SIZE_SETTING): string | undefined {
  if (size === 0) return 'empty file (0 bytes)';
  if (size > maxBytes) return `file is ${megabytes(size)} MB, over the ${megabytes(maxBytes)} MB size limit${limitHint ? ` (${limitHint})` : ''}`;
  return undefined;
}

export function decodeSource(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES, limitHint = EDITOR_SIZE_SETTING): DecodeResult {
  const tooBig = sizeProblem(bytes.length, maxBytes, limitHint);
  if (tooBig) return { ok: false, reason: tooBig };
  const signature = binarySignature(bytes);
  if (signature) return { ok: false, reason: `binary file (${signature}), not plain text` };

  const utf16 = detectUtf16(bytes);
  if (utf16 === 'utf-32') return { ok: false, reason: 'UTF-32 text is not supported; re-save the file as UTF-8' };
  if (utf16) return decodeUtf16(bytes, utf16.encoding, utf16.bomLength);

  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return finish(utf8.decode(body), hadBom ? 'utf-8-bom' : 'utf-8', hadBom);
  } catch {
    return decodeNonUtf8(body);
  }
}

function decodeNonUtf8(body: Uint8Array): DecodeResult {
  const { validMultibyte, invalidBytes } = scanUtf8(body);
  // Mostly UTF-8 with a few broken bytes (a truncated file, one pasted cp1252 quote): reading it as
  // Latin-1 would garble every correct accented character, so keep UTF-8 and mark the broken bytes.
  if (validMultibyte > 0 && validMultibyte >= invalidBytes) {
    return finish(utf8Lossy.decode(body), 'utf-8', false, `not valid UTF-8: ${invalidBytes} invalid byte(s) shown as \uFFFD`);
  }
  let high = 0;
  for (const b of body) if (b >= 0x80) high++;
  // Western European text has few non-ASCII bytes; a high share means another legacy encoding
  // (Windows-1251, Shift-JIS, GBK...) that Latin-1 would turn into nonsense.
  if (high > body.length * 0.25) {
    return { ok: false, reason: `not UTF-8, and ${Math.round((100 * high) / body.length)}% non-ASCII bytes do not look like Latin-1 text (another legacy encoding?); re-save the file as UTF-8` };
  }
  const undefinedByte = body.findIndex((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d);
  if (undefinedByte >= 0) {
    return { ok: false, reason: `not UTF-8, and byte 0x${body[undefinedByte].toString(16)} at ${undefinedByte} is not Latin-1/Windows-1252 text either; re-save the file as UTF-8` };
  }
  return finish(decodeWindows1252(body), 'latin-1', false, 'not UTF-8; read as Latin-1 (Windows-1252)');
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bomLength: number): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bomLength));
  } catch {
    return { ok: false, reason: `${encoding.toUpperCase()} file is corrupt (odd length or unpaired surrogate); re-save the file as UTF-8` };
  }
  const binary = controlShare(text) > 0.02 || text.includes('\0') ? 'binary data (control characters)' : undefined;
  if (binary) return { ok: false, reason: `${encoding.toUpperCase()} file holds ${binary}` };
  return finish(text, encoding, bomLength > 0, bomLength > 0 ? undefined : `${encoding.toUpperCase()} without a byte-order mark`);
}

function finish(raw: string, encoding: SourceEncoding, hadBom: boolean, notice?: string): DecodeResult {
  if (raw.trim().length === 0) return { ok: false, reason: hadBom ? 'file holds only a byte-order mark and whitespace' : 'file holds only whitespace' };
  const { text, normalisedTo } = normaliseLineEndings(raw);
  const notes = [notice, normalisedTo && `mixed line endings normalised to ${normalisedTo} (as the editor does)`].filter(Boolean);
  return { ok: true, text, encoding, hadBom, ...(notes.length ? { notice: notes.join('; ') } : {}) };
}

/**
 * VS Code's rule (PieceTreeTextBufferFactory): the EOL is CRLF when more than half of the line
 * breaks contain a CR, otherwise LF; any break that differs is rewritten to it.
 */
export function normaliseLineEndings(text: string): { text: string; normalisedTo?: 'CRLF' | 'LF' } {
  let cr = 0;
  let lf = 0;
  let crlf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.CarriageReturn) {
      if (text.charCodeAt(i + 1) === CharCode.LineFeed) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === CharCode.LineFeed) lf++;
  }
  const total = cr + lf + crlf;
  if (total === 0) return { text };
  const eol = cr + crlf > total / 2 ? '\r\n' : '\n';
  const needs = eol === '\r\n' ? cr > 0 || lf > 0 : cr > 0 || crlf > 0;
  if (!needs) return { text };
  return { text: text.replace(/\r\n|\r|\n/g, eol), normalisedTo: eol === '\r\n' ? 'CRLF' : 'LF' };
}

/** Well-known binary formats people leave next to their sources. */
function binarySignature(b: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'PDF document';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'ZIP archive or Office document';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'GIF image';
  if (starts(0x1f, 0x8b)) return 'gzip archive';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'old Office document';
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return 'executable';
  return undefined;
}

type Utf16Guess = { encoding: 'utf-16le' | 'utf-16be'; bomLength: number } | 'utf-32' | undefined;

/** By BOM, or by the NUL pattern of mostly-ASCII UTF-16 (every other byte zero). */
function detectUtf16(b: Uint8Array): Utf16Guess {
  if (b.length >= 4 && ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))) return 'utf-32';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 8) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.7 && zeroEven < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (zeroEven > pairs * 0.7 && zeroOdd < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  return undefined;
}

/** A NUL byte anywhere, or many C0 control bytes, means this is not prose. */
function binaryReason(bytes: Uint8Array): string | undefined {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return `binary file (NUL byte at ${i})`;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > bytes.length * 0.02 ? `binary file (${control} control bytes)` : undefined;
}

function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < CharCode.Tab || (c > CharCode.CarriageReturn && c < CharCode.Space && c !== CharCode.Escape)) control++;
  }
  return text.length ? control / text.length : 0;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
function scanUtf8(b: Uint8Array): { validMultibyte: number; invalidBytes: number } {
  let validMultibyte = 0;
  let invalidBytes = 0;
  for (let i = 0; i < b.length; ) {
    const x = b[i];
    const len = x < 0x80 ? 1 : x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
    if (len === 1) {
      i++;
      continue;
    }
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k] & 0xc0) === 0x80;
    if (ok) {
      validMultibyte++;
      i += len;
    } else {
      invalidBytes++;
      i++;
    }
  }
  return { validMultibyte, invalidBytes };
}

// 0x80-0x9F in Windows-1252 (Node's TextDecoder maps these to C1 controls as plain ISO-8859-1 does).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

function megabytes(n: number): string {
  return (n / 1048576).toFixed(1);
}
