// A saved page's text to a DOM for lib/, in Node. Nothing is fetched and no script runs.
// domino (Mozilla's dom.js) builds the tree with the HTML standard's parsing algorithm, as browsers
// do (implied <tbody>, misnested tags, foster parenting), three to four times faster than
// happy-dom, which kept the CLI under 20 pages a second (README, "Speed and size");
// tests/e2e/cli-parity.test.ts checks that it reads the same tables as Chromium.
import { createDocument } from '@mixmark-io/domino';

export function parseHtml(html: string, url = 'file:///page.html'): { document: Document; close: () => void } {
  const document = createDocument(html, true);
  // domino leaves baseURI unimplemented; lib/detect resolves a saved page's links against it.
  Object.defineProperty(document, 'baseURI', { value: url });
  return { document, close: () => {} };
}
