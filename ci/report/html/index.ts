// Public entry of the HTML report.
export { renderHtml, renderHtmlFromModel, escapeHtml, CSP, CLAUSE_ROW_COUNT, type HtmlReportInput } from "./render";
