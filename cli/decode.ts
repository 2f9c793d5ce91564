// Bytes of a saved page to text: BOM first, then the page's declared charset, else UTF-8.
// GBK and GB2312 are decoded as GB18030, their superset (what browsers do).

const ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb_2312: 'gb18030' };

export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // The HTML spec's prescan looks at the first 1024 bytes; Word pages declare late, so read more.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? normalizeCharset(m[1]!) : 'utf-8';
}

function normalizeCharset(name: string): string {
  const lower = name.toLowerCase();
  return ALIASES[lower] ?? lower;
}

export function decodePage(bytes: Uint8Array): { text: string; charset: string } {
  let charset = sniffCharset(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    charset = 'utf-8'; // an unknown label: browsers fall back too
    decoder = new TextDecoder(charset);
  }
  return { text: decoder.decode(bytes), charset };
}
