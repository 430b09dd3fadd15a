import { View } from '@tarojs/components';
import { Cell, CellGroup } from '@/components';
import type { AnnualContents, AnnualFigure } from '../types';
import './annual.css';

const bySection = (figures: AnnualFigure[]) => {
  const groups = new Map<string, AnnualFigure[]>();
  for (const f of figures) groups.set(f.section, [...(groups.get(f.section) ?? []), f]);
  return [...groups.entries()];
};

/** What the year's workbook holds: its sheets, and the figures of its first sheet. */
export function AnnualPreview({ contents }: { contents: AnnualContents }) {
  return (
    <View>
      <CellGroup title="工作簿包含" testId="annual-sheets">
        {contents.sheets.map((sheet, i) => (
          <Cell
            key={sheet.name}
            title={sheet.name}
            label={sheet.description}
            icon={<View className="annual-sheet__no">{i + 1}</View>}
          />
        ))}
      </CellGroup>
      {bySection(contents.figures).map(([section, figures]) => (
        <CellGroup
          key={section}
          title={section}
          footer={
            figures[0]?.kind === 'snapshot'
              ? '这几项是下载那一刻的名册情况，会随名册变化；其余是全年数字，不会再变。'
              : undefined
          }
        >
          {figures.map((f) => (
            <Cell key={f.label} title={f.label} value={<View className="annual-figure">{f.value ?? '—'}</View>} />
          ))}
        </CellGroup>
      ))}
    </View>
  );
}
