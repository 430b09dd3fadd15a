import { View } from '@tarojs/components';
import { Cell, CellGroup } from '@/components';
import type { ImportReport } from '../types';
import './import-report.css';

/** What a roster file would change (dry run) or did change, and every bad row by number. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const verb = report.dryRun ? '将' : '已';
  return (
    <View data-testid="import-report">
      <CellGroup title={`${report.fileName}：共 ${report.total} 行${report.dryRun ? '（检查结果，尚未导入）' : ''}`}>
        <Cell title={`${verb}新增会员`} value={`${report.created} 人`} />
        <Cell title={`${verb}更新资料`} value={`${report.updated} 人`} />
        <Cell title={`${verb}办理离会`} label="离会后解除微信绑定，不能再登录" value={`${report.deactivated} 人`} />
        <Cell title="无变化" value={`${report.unchanged} 人`} />
      </CellGroup>
      {report.problems.length > 0 && (
        <CellGroup title={`有 ${report.problems.length} 行需要改正后才能导入`} testId="import-problems">
          {report.problems.map((p) => (
            <Cell
              key={p.row}
              multiline
              title={
                <View className="import-problem">
                  第 {p.row} 行{p.staffNo ? `（${p.staffNo}）` : ''}
                </View>
              }
              label={p.reason}
            />
          ))}
        </CellGroup>
      )}
    </View>
  );
}
