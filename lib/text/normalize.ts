// Text normalisation for matching labels and reading numbers (FORMAT.md §7).

// Zero-width and bidi control characters: invisible, but they break substring matching.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;
// Every kind of space, including &nbsp; (U+00A0) and the ideographic space (U+3000).
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * Text that is already its own normalizeText: single spaces between runs of characters that NFKC
 * leaves as they are and that compose with nothing (ASCII, CJK ideographs, 。、《》「」【】“”‘’—·×).
 * Most cells and labels are, and so is most text once normalised (NFKC turns （，：； into ASCII),
 * which is normalised again on its way through the extraction: testing is cheaper than normalising.
 */
const STABLE = '[\\x21-\\x7e\\u00b7\\u00d7\\u2014\\u2018\\u2019\\u201c\\u201d\\u3001\\u3002\\u3007-\\u3011\\u3014-\\u3017\\u3400-\\u4dbf\\u4e00-\\u9fff]';
// One way to match (no nested quantifiers over the same characters): linear on any input.
const NORMALIZED = new RegExp(`^(?:${STABLE}+(?: ${STABLE}+)*)?$`);

/**
 * Full-width digits, letters and brackets to half-width (NFKC), invisible characters removed,
 * runs of spaces (including &nbsp; and line breaks) collapsed to one space, trimmed.
 */
export function normalizeText(s: string): string {
  if (NORMALIZED.test(s)) return s;
  return s.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

const QUOTES = /["'“”‘’「」『』〝〞]/g;
const DASHES = /[‐‑‒–—―−－]/g;

/**
 * A label reduced for comparison: normalised, with no spaces at all (labels are often broken
 * across lines, "商业<br>企业"), one kind of quote, "1、" and "1．" read as "1.".
 */
export function compactLabel(s: string): string {
  return normalizeText(s)
    .replace(/ /g, '')
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/(\d)[、，,.．]/g, '$1.');
}
