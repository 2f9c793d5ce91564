// FORMAT.md §4.7 S-3: the document is titled "…政府信息公开工作年度报告" ("…工作的年度报告" and
// "…年度报告" are accepted), not "工作报告"/"工作总结", and is not a cover letter (报送函, §5.2 no. 2).
import { ALL_FORMATS, type Rule } from './types';

export const titleWording: Rule = {
  meta: {
    id: 'title-wording',
    severity: 'warning',
    tags: ['structure', 'title'],
    spec: '§4.7 S-3',
    messages: ['title-wording.coverLetter', 'title-wording.workReport'],
    formats: ALL_FORMATS,
  },
  check({ report }) {
    const title = report.title?.replace(/\s+/g, '');
    if (!title) return [];
    if (/报送|(?:的|之)函$|函$/.test(title)) {
      return [{ status: 'fail', messageKey: 'title-wording.coverLetter', cells: [], text: report.title!, params: { title: report.title! } }];
    }
    if (/工作报告|工作总结/.test(title) && !/年度?报告|年报/.test(title)) {
      return [{ status: 'fail', messageKey: 'title-wording.workReport', cells: [], text: report.title!, params: { title: report.title! } }];
    }
    return [];
  },
};
