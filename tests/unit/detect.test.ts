// Page recognition (FORMAT.md §6.5–6.6): every kind of page, from the builder's pages.
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/detect/classify';
import { mightBeReport } from '../../lib/detect/quick-check';
import { extractReport } from '../../lib/extract/report';
import { buildOtherPageHtml, buildReportHtml } from '../fixtures/report-builder';
import { buildAttachmentPageHtml, buildFormatNoticeHtml, buildImagePageHtml, buildLegacyReportHtml, buildListingHtml } from '../fixtures/other-pages';
import { edit, pageDocument } from '../fixtures/page';

const detect = (html: string) => {
  const doc = pageDocument(html);
  return classify(doc, extractReport(doc));
};

describe('classify', () => {
  it.each([
    ['a report page', buildReportHtml({}), 'report'],
    ['a report in Word markup without portal meta tags', buildReportHtml({ meta: false, layout: { word: true } }), 'report'],
    ['a pre-2019 report', buildLegacyReportHtml(), 'report'],
    ['the 年报 column listing', buildListingHtml(), 'listing'],
    ['the format notice reposted (labels, no numbers)', buildFormatNoticeHtml(), 'notice'],
    ['a report as a PDF attachment', buildAttachmentPageHtml('link'), 'attachment-only'],
    ['a report in a document viewer', buildAttachmentPageHtml('viewer'), 'attachment-only'],
    ['a report as pictures', buildImagePageHtml(), 'image-only'],
    ['a report whose tables are pictures, without portal meta tags', buildReportHtml({ meta: false, layout: { tablesAsImages: true } }), 'report'],
    ['a news page', buildOtherPageHtml(), 'other'],
  ])('%s is %s', (_, html, kind) => {
    const d = detect(html);
    expect(d.kind).toBe(kind);
    expect(d.confidence).toBeGreaterThan(0.5);
  });

  it('takes a 解读 page for a notice, whatever tables it quotes', () => {
    const html = edit(buildReportHtml({}), /<meta name="ArticleTitle" content="[^"]*">/, '<meta name="ArticleTitle" content="图文解读：示例县测试局2024年政府信息公开工作年度报告">');
    expect(detect(html).kind).toBe('notice');
  });

  it('says what it saw', () => {
    const d = detect(buildReportHtml({}));
    expect(d.signals).toEqual(expect.arrayContaining(['title:meta', 'column', 'sections:6', 'values:200', 'period']));
    expect(detect(buildListingHtml()).signals).toEqual(expect.arrayContaining(['report-links:4', 'dated', 'pagination']));
  });

  it('lists the reports a listing links to, and the files an attachment-only report offers, as absolute links', () => {
    const listing = detect(buildListingHtml([2024, 2023]));
    expect(listing.reportLinks).toEqual([
      { text: '示例县测试局2024年政府信息公开工作年度报告', href: expect.stringMatching(/^[a-z]+:\/\/.*\/202501\/t20250120_2024\.htm$/) },
      { text: '示例县测试局2023年政府信息公开工作年度报告', href: expect.stringMatching(/\/202401\/t20240120_2023\.htm$/) },
    ]);
    expect(detect(buildAttachmentPageHtml('link')).attachments).toEqual([{ text: '示例县测试局2024年政府信息公开工作年度报告.pdf', href: expect.stringMatching(/\/u\/cms\/2025\/nb2024\.pdf$/) }]);
    expect(detect(buildAttachmentPageHtml('viewer')).attachments).toEqual([{ text: '', href: expect.stringMatching(/\/u\/cms\/2025\/nb2024\.ofd$/) }]);
  });

  it('does not take a letter filed in the 年报 column for a report', () => {
    const html = edit(edit(buildOtherPageHtml(), '工作动态', '政府信息公开年报'), /示例县召开全县工作会议/g, '关于2024年政府信息公开工作要点落实情况的函');
    expect(detect(html).kind).toBe('other');
  });
});

const T3_TABLE = '<table><tr><td>一、本年新收政府信息公开申请数量</td><td>3</td></tr></table>';

describe('mightBeReport (the test run on every page load)', () => {
  it.each([
    ['a report page', buildReportHtml({}), true],
    ['a report without meta tags or a report <title>, recognised by its heading', edit(buildReportHtml({ meta: false }), /<title>[^<]*<\/title>/, '<title>详细信息</title>'), true],
    ['a page whose only sign is table 三', `<html><head><title>详细信息</title></head><body>${T3_TABLE}</body></html>`, true],
    ['a listing page (its column)', buildListingHtml(), true],
    ['a news page', buildOtherPageHtml(), false],
    // Headings and tables are each looked at up to their own bound: reaching one does not end the search for the other.
    ['table 三 after ten headings', `<html><head><title>详细信息</title></head><body>${'<h1>通知</h1><h2>动态</h2>'.repeat(10)}${T3_TABLE}</body></html>`, true],
    ['the report\'s heading after fifty layout tables', `<html><head><title>详细信息</title></head><body>${'<table><tr><td>导航</td></tr></table>'.repeat(50)}<h2>示例县2024年政府信息公开工作年度报告</h2></body></html>`, true],
    ['table 三 as the 41st table, past the bound on tables read', `<html><head><title>详细信息</title></head><body>${'<table><tr><td>导航</td></tr></table>'.repeat(40)}${T3_TABLE}</body></html>`, false],
  ])('%s: %s', (_, html, expected) => {
    expect(mightBeReport(pageDocument(html))).toBe(expected);
  });
});
