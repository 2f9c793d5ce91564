// Bytes of a saved page or text to a string: BOM first, then (for HTML) the declared charset, then
// UTF-8 if the bytes are valid UTF-8, else GB18030 (the superset of GBK and GB2312, which Chinese
// portals and Windows text files use without saying so).

const ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb_2312: 'gb18030', 'gb_2312-80': 'gb18030', cp936: 'gb18030' };

function bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset a page declares in a <meta> (or an XML declaration) near its start, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // The HTML spec's prescan looks at the first 1024 bytes; Word pages declare late, so read more.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m ? normalizeCharset(m[1]!) : null;
}

/** The charset the bytes will be decoded with. */
export function sniffCharset(bytes: Uint8Array, kind: 'html' | 'text' = 'html'): string {
  const fromBom = bom(bytes);
  if (fromBom) return fromBom;
  const declared = kind === 'html' ? declaredCharset(bytes) : null;
  if (declared && isSupported(declared)) return declared;
  return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

function normalizeCharset(name: string): string {
  const lower = name.toLowerCase();
  return ALIASES[lower] ?? lower;
}

function isSupported(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false; // an unknown label: decide by the bytes, as browsers fall back too
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodePage(bytes: Uint8Array, kind: 'html' | 'text' = 'html'): { text: string; charset: string } {
  const charset = sniffCharset(bytes, kind);
  return { text: new TextDecoder(charset).decode(bytes), charset };
}

/** Bytes that are not text at all (an image, an archive, a PDF saved as .html). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bom(bytes)?.startsWith('utf-16')) return false;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}
