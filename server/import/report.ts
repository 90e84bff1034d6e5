import { relative } from 'node:path'
import type { ImportReport } from './run-import'

/** The lines the command prints: problems first, then one line of totals. */
export function formatReport(report: ImportReport, cwd = process.cwd()): string[] {
  const shown = (file: string) => relative(cwd, file) || file
  const lines: string[] = []
  for (const { file, id, title } of report.imported) lines.push(`新增  ${shown(file)} → ${id}（${title}）`)
  for (const { file, id, title } of report.updated) lines.push(`更新  ${shown(file)} → ${id}（${title}）`)
  for (const { file, message } of report.warnings) lines.push(`警告  ${shown(file)}：${message}`)
  for (const { file, reason } of report.failed) lines.push(`失败  ${shown(file)}：${reason}`)
  lines.push(
    `导入完成：新增 ${report.imported.length} 篇，更新 ${report.updated.length} 篇，` +
      `失败 ${report.failed.length} 个，警告 ${report.warnings.length} 条`,
  )
  return lines
}
