import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { a11y, Button, CellGroup, FormError, FormField, showSuccess } from '@/components';
import { saveSettings } from '../api';
import { useCounselling } from '../store';
import type { Hotline, Settings } from '../types';
import { useAction } from '@/lib/use-action';

const MAX_HOTLINES = 5;

/** Staff: the hotlines every counselling page shows, and the booking rules. */
export function SettingsForm({ initial }: { initial: Settings }) {
  const [hotlines, setHotlines] = useState<Hotline[]>(initial.hotlines);
  const [numbers, setNumbers] = useState({
    windowDays: String(initial.windowDays),
    minNoticeHours: String(initial.minNoticeHours),
    cancelCutoffHours: String(initial.cancelCutoffHours),
  });
  const { isBusy, error, setError, run } = useAction();
  const edit = (i: number, key: keyof Hotline, value: string) =>
    setHotlines(hotlines.map((h, j) => (j === i ? { ...h, [key]: value } : h)));

  const save = async () => {
    const lines = hotlines
      .map((h) => ({ number: h.number.trim(), label: h.label.trim() }))
      .filter((h) => h.number || h.label);
    if (lines.length === 0) return setError('至少保留一条热线');
    if (lines.some((h) => !h.number || !h.label)) return setError('每条热线都要有号码和名称');
    const saved = await run('save', () =>
      saveSettings({
        hotlines: lines,
        windowDays: Number(numbers.windowDays),
        minNoticeHours: Number(numbers.minNoticeHours),
        cancelCutoffHours: Number(numbers.cancelCutoffHours),
      }),
    );
    if (saved) {
      setHotlines(saved.hotlines);
      // Every counselling page reads the hotlines from the store.
      const { overview } = useCounselling.getState();
      if (overview) useCounselling.setState({ overview: { ...overview, hotlines: saved.hotlines } });
      showSuccess('已保存');
    }
  };

  const number = (key: keyof typeof numbers, label: string, unit: string) => (
    <FormField label={label}>
      <Input
        className="ui-input cs-number-input"
        type="number"
        maxlength={3}
        value={numbers[key]}
        onInput={(e) => setNumbers({ ...numbers, [key]: e.detail.value })}
      />
      <Text className="cs-unit">{unit}</Text>
    </FormField>
  );
  return (
    <View>
      <CellGroup title="热线（显示在每个心理咨询页面顶部）" footer="号码和名称都清空即删除这条热线。">
        {hotlines.map((h, i) => (
          <FormField key={i} label={`热线 ${i + 1}`}>
            <Input
              className="ui-input cs-hotline-number"
              placeholder="号码"
              placeholderClass="ui-input-placeholder"
              maxlength={20}
              value={h.number}
              onInput={(e) => edit(i, 'number', e.detail.value)}
            />
            <Input
              className="ui-input"
              placeholder="名称"
              placeholderClass="ui-input-placeholder"
              maxlength={20}
              value={h.label}
              onInput={(e) => edit(i, 'label', e.detail.value)}
            />
          </FormField>
        ))}
      </CellGroup>
      {hotlines.length < MAX_HOTLINES && (
        <Text
          className="link-text cs-add-line"
          onClick={() => setHotlines([...hotlines, { number: '', label: '' }])}
          {...a11y({ role: 'button' })}
        >
          + 添加一条热线
        </Text>
      )}
      <CellGroup title="预约规则">
        {number('windowDays', '可预约', '天内')}
        {number('minNoticeHours', '至少提前', '小时预约')}
        {number('cancelCutoffHours', '取消截止', '小时前')}
      </CellGroup>
      <FormError message={error} />
      <View className="cs-actions">
        <Button type="primary" loading={isBusy('save')} onClick={save} testId="settings-save">
          保存设置
        </Button>
      </View>
    </View>
  );
}
