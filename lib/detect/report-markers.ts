// The few patterns the per-page script's cheap test needs, in a module that imports nothing: the
// label tables of lib/model and lib/extract would otherwise be built on every government page.

/** §6.3: "<机关><YYYY>年(度)政府信息公开工作年度报告" and its variants. */
export const REPORT_TITLE = /((?:19|20)\d{2})\s*年度?.{0,12}?(?:政府|政务)?信息公开(?:工作)?(?:的)?年度?(?:工作)?报告|(?:政府)?信息公开年报/;

/** Markers that the page may hold table 三 (any one suffices to look closer). */
const T3_MARKERS = ['本年新收', '结转下年', '上年结转'];

export function looksLikeT3(text: string): boolean {
  return T3_MARKERS.some((m) => text.includes(m));
}
