// FORMAT.md §4.5 Y-5: the agency the title names is the body the page says published it, or a
// body it belongs to (an aggregate report published by the government's general office).
import { ALL_FORMATS, type Rule } from './types';

/** The name without the words that differ between a government and its office. */
const core = (name: string) => name.replace(/\s+/g, '').replace(/(?:人民政府|政府|管委会|管理委员会)?(?:办公室|办公厅|信息公开办|政务公开办)?$/, '');

export const agencyPublisher: Rule = {
  meta: {
    id: 'agency-publisher',
    severity: 'info',
    tags: ['year', 'agency'],
    spec: '§4.5 Y-5',
    messages: ['agency-publisher.fail'],
    formats: ALL_FORMATS,
  },
  check({ report, publisher }) {
    const agency = report.agency;
    if (!agency || !publisher) return [];
    const a = core(agency);
    const p = core(publisher);
    if (!a || !p || a.includes(p) || p.includes(a)) return [];
    return [{ status: 'fail', messageKey: 'agency-publisher.fail', cells: [], params: { agency, publisher } }];
  },
};
