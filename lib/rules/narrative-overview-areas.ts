// FORMAT.md §4.4 N-12: 总体情况 covers the five areas of the 30号 format: 主动公开, 依申请公开,
// 政府信息管理, 政府信息公开平台建设, 监督保障. For the 2019 format the list is from memory (§3): a hint.
import { sectionExcerpt, sectionBody } from './evidence/sections';
import { NATIONAL_FORMATS, type Rule } from './types';

const AREAS = [
  { key: 'proactive', re: /主动公开/ },
  { key: 'onRequest', re: /依申请/ },
  { key: 'management', re: /信息管理/ },
  { key: 'platform', re: /平台/ },
  { key: 'oversight', re: /监督|保障/ },
] as const;

export const narrativeOverviewAreas: Rule = {
  meta: {
    id: 'narrative-overview-areas',
    severity: 'warning',
    tags: ['narrative', 'sections'],
    spec: '§4.4 N-12',
    messages: ['narrative-overview-areas.fail', 'narrative-overview-areas.empty'],
    formats: NATIONAL_FORMATS,
  },
  check({ report, text }) {
    const one = sectionBody(text, 1);
    if (one.kind === 'absent') return [];
    if (one.kind === 'empty') return [{ status: 'review', messageKey: 'narrative-overview-areas.empty', cells: [], section: 1 }];
    const severity = report.format === '2019' ? 'info' as const : undefined;
    return AREAS.filter((a) => !a.re.test(one.body)).map((a) => ({
      status: 'fail' as const, messageKey: 'narrative-overview-areas.fail', cells: [], section: 1, ...sectionExcerpt(one.body),
      params: { area: `@area.${a.key}` }, ...(severity ? { severity } : {}),
    }));
  },
};
