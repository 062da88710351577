/**
 * Text made safe for XML 1.0 attribute values and element content: the five special characters
 * escaped, characters XML 1.0 forbids (controls other than tab, line feed, carriage return; lone
 * surrogates; U+FFFE, U+FFFF) dropped, and line breaks in attributes kept as character references.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;")
    .replaceAll("\n", "&#10;")
    .replaceAll("\r", "&#13;")
    .replaceAll("\t", "&#9;");
}
