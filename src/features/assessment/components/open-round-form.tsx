import { useState } from 'react';
import { Input, Picker, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField } from '@/components';
import { useAction } from '@/lib/use-action';
import type { OpenRoundInput } from '../types';
import './assessment.css';

const beijingDay = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);

/** 开启评家: this year's round against the union's current standard. */
export function OpenRoundForm({ onOpen }: { onOpen: (input: OpenRoundInput) => Promise<unknown> }) {
  const year = Number(beijingDay().slice(0, 4));
  const [title, setTitle] = useState(`${year}年度“职工之家”建家评家`);
  const [opensOn, setOpensOn] = useState(beijingDay());
  const [closesOn, setClosesOn] = useState(beijingDay(30));
  const open = useAction(() => onOpen({ year, title, opensOn, closesOn }));
  return (
    <CellGroup
      title={`开启${year}年度评家`}
      footer="按本工会的评价标准（未修订时沿用上级或内置标准）；各校在期间内自评并提交。"
    >
      <FormField label="名称">
        <Input
          className="ui-input"
          value={title}
          maxlength={60}
          aria-label="评家名称"
          data-testid="round-title"
          onInput={(e) => setTitle(e.detail.value)}
        />
      </FormField>
      <Picker mode="date" value={opensOn} onChange={(e) => setOpensOn(e.detail.value)}>
        <FormField label="开始日期">
          <View className="ui-input" aria-label={`开始日期 ${opensOn}`}>
            {opensOn}
          </View>
        </FormField>
      </Picker>
      <Picker mode="date" value={closesOn} onChange={(e) => setClosesOn(e.detail.value)}>
        <FormField label="截止日期">
          <View className="ui-input" aria-label={`截止日期 ${closesOn}`}>
            {closesOn}
          </View>
        </FormField>
      </Picker>
      <FormError message={open.error} />
      <View className="as-actions">
        <Button type="primary" loading={open.busy} onClick={() => void open.run()} testId="open-round">
          开启评家
        </Button>
      </View>
    </CellGroup>
  );
}
