// Where a quoted sentence stands on the page (lib/overlay/text-range.ts): found across the text
// nodes Word splits a sentence into, whatever widths, spaces and invisible characters the page
// uses, and returned as a Range over exactly the page's own characters.
import { describe, expect, it } from 'vitest';
import { comparable, findInIndex, textIndex } from '../../lib/overlay/text-range';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('a quoted sentence on the page', () => {
  it('is found across Word-split nodes, full-width digits, ideographic spaces and zero-width characters', () => {
    const doc = page('<p>前言。<span>本年度共收到</span><b>申请\u3000１２</b>\u200b件，<i>办结</i>11件。后记</p>');
    const range = findInIndex(doc, textIndex(doc), '本年度共收到申请12件，办结11件。');
    expect(range).not.toBeNull();
    expect(range!.toString()).toBe('本年度共收到申请\u3000１２\u200b件，办结11件。');
  });

  it('maps a character that normalises to several (㈠ to (一)) and one outside the BMP back to the page', () => {
    const doc = page('<p>其中：<span>㈠</span>予以公开𠀀共３件</p>');
    expect(findInIndex(doc, textIndex(doc), '(一)予以公开𠀀共3件')!.toString()).toBe('㈠予以公开𠀀共３件');
    expect(findInIndex(doc, textIndex(doc), '一)予以')!.toString()).toBe('㈠予以');
  });

  it('is found from what stands before a cut ("…") and only within the stretch indexed', () => {
    const doc = page('<h2>一、总体情况</h2><p>主动公开文件25件。</p><h2>二、主动公开</h2><p>主动公开文件30件，其中规章2件。</p>');
    const [, second] = Array.from(doc.querySelectorAll('h2'));
    const inFirst = textIndex(doc, doc.querySelector('h2'), second!);
    expect(findInIndex(doc, inFirst, '主动公开文件30件…')).toBeNull();
    expect(findInIndex(doc, textIndex(doc, second!, null), '主动公开文件30件…')!.toString()).toBe('主动公开文件30件');
  });

  it('compares text as extraction does: NFKC, without spaces or invisible characters', () => {
    expect(comparable('Ａ１ 本年\u3000新收\u00ad（二）\u200d')).toBe('A1本年新收(二)');
  });
});
