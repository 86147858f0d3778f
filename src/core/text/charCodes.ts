/**
 * Named character codes and character-class tests for the hand-written scanners (names, sentences,
 * numbers, near-duplicate keys). Scanners compare `text.charCodeAt(i)` against these names, never
 * against bare numbers (VS Code's `CharCode` enum is the model). A `const enum` inlines to numbers.
 */
export const enum CharCode {
  Tab = 9,
  LineFeed = 10,
  VerticalTab = 11,
  FormFeed = 12,
  CarriageReturn = 13,
  Escape = 27,
  Space = 32,
  ExclamationMark = 33,
  DoubleQuote = 34,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  Ampersand = 38,
  SingleQuote = 39,
  OpenParen = 40,
  CloseParen = 41,
  Asterisk = 42,
  Plus = 43,
  Comma = 44,
  Dash = 45,
  Period = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  Colon = 58,
  Semicolon = 59,
  QuestionMark = 63,
  At = 64,
  A = 65,
  S = 83,
  Z = 90,
  OpenSquareBracket = 91,
  Backslash = 92,
  CloseSquareBracket = 93,
  Underline = 95,
  BackTick = 96,
  a = 97,
  d = 100,
  e = 101,
  g = 103,
  h = 104,
  i = 105,
  j = 106,
  n = 110,
  r = 114,
  s = 115,
  t = 116,
  w = 119,
  y = 121,
  z = 122,
  Tilde = 126,
  NoBreakSpace = 0xa0,
  SoftHyphen = 0xad,
  /** Unicode letters, marks and punctuation start here; below is ASCII. */
  FirstNonAscii = 0x80,
  OghamSpace = 0x1680,
  EnQuad = 0x2000,
  HairSpace = 0x200a,
  LineSeparator = 0x2028,
  ParagraphSeparator = 0x2029,
  NarrowNoBreakSpace = 0x202f,
  MediumMathematicalSpace = 0x205f,
  IdeographicSpace = 0x3000,
  EnDash = 0x2013,
  EmDash = 0x2014,
  LeftSingleQuote = 0x2018,
  RightSingleQuote = 0x2019,
  LeftDoubleQuote = 0x201c,
  RightDoubleQuote = 0x201d,
  Ellipsis = 0x2026,
  FirstHighSurrogate = 0xd800,
  LastHighSurrogate = 0xdbff,
  FirstLowSurrogate = 0xdc00,
  LastLowSurrogate = 0xdfff,
  ByteOrderMark = 0xfeff,
}

/** Lower case = upper case + this, for ASCII letters. */
export const ASCII_CASE_OFFSET = CharCode.a - CharCode.A;

export function isDigit(c: number): boolean {
  return c >= CharCode.Digit0 && c <= CharCode.Digit9;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= CharCode.a && c <= CharCode.z) || (c >= CharCode.A && c <= CharCode.Z);
}

export function isAsciiUpper(c: number): boolean {
  return c >= CharCode.A && c <= CharCode.Z;
}

export function isAsciiLower(c: number): boolean {
  return c >= CharCode.a && c <= CharCode.z;
}

/** What a regex `\s` matches (and `trim` removes). */
export function isWhiteSpace(c: number): boolean {
  if (c < CharCode.FirstNonAscii) return c === CharCode.Space || (c >= CharCode.Tab && c <= CharCode.CarriageReturn);
  return (
    c === CharCode.NoBreakSpace || c === CharCode.OghamSpace || (c >= CharCode.EnQuad && c <= CharCode.HairSpace) ||
    c === CharCode.LineSeparator || c === CharCode.ParagraphSeparator || c === CharCode.NarrowNoBreakSpace ||
    c === CharCode.MediumMathematicalSpace || c === CharCode.IdeographicSpace || c === CharCode.ByteOrderMark
  );
}

/** Where a multiline regex `^` may match after: a line terminator. */
export function isLineTerminator(c: number): boolean {
  return c === CharCode.LineFeed || c === CharCode.CarriageReturn || c === CharCode.LineSeparator || c === CharCode.ParagraphSeparator;
}

/** Whether `text[i]` is white space (a regex `\s`), read without making a one-character string. */
export function isWhiteSpaceAt(text: string, i: number): boolean {
  return isWhiteSpace(text.charCodeAt(i));
}

/** Whether the character `code` occurs in `text[from, to)`, found without copying and never read past `to`. */
export function hasCharBetween(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}
