/** Turns raw file bytes into text, or a clear reason to skip the file. */

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'latin-1'; hadBom: boolean }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array, maxBytes = 5 * 1024 * 1024): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL or control bytes)' };
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    const text = utf8.decode(body);
    if (text.trim().length === 0) return { ok: false, reason: 'file holds only whitespace' };
    return { ok: true, text, encoding: hadBom ? 'utf-8-bom' : 'utf-8', hadBom };
  } catch {
    // Not UTF-8. Latin-1 maps every byte to a character, so it is safe when the bytes look like text.
    const text = new TextDecoder('latin1').decode(body);
    return { ok: true, text, encoding: 'latin-1', hadBom: false };
  }
}

/** NUL bytes or many C0 control bytes in the first 8 KB mean this is not prose. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.02;
}
