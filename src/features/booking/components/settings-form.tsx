import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField } from '@/components';
import { useAction } from '@/lib/use-action';
import { updateNoShowSettings } from '../api';
import type { NoShowSettings } from '../types';
import './form-extras.css';

type Key = keyof NoShowSettings;

const FIELDS: { key: Key; label: string; unit: string }[] = [
  { key: 'noShowWindowDays', label: '统计天数', unit: '天内' },
  { key: 'noShowLimit', label: '未到场', unit: '次' },
  { key: 'suspensionDays', label: '暂停预约', unit: '天' },
];

interface Props {
  settings: NoShowSettings;
  onSaved: (settings: NoShowSettings) => void;
}

/** The union's no-show rule: N no-shows within D days suspend booking for S days. */
export function SettingsForm({ settings, onSaved }: Props) {
  const [values, setValues] = useState<Record<Key, string>>({
    noShowLimit: String(settings.noShowLimit),
    noShowWindowDays: String(settings.noShowWindowDays),
    suspensionDays: String(settings.suspensionDays),
  });
  const {
    run,
    busy: saving,
    error,
    setError,
  } = useAction((numbers: NoShowSettings) => updateNoShowSettings(numbers), { then: onSaved });

  const save = async () => {
    const read = (key: Key) => Number(values[key].trim());
    const numbers: NoShowSettings = {
      noShowLimit: read('noShowLimit'),
      noShowWindowDays: read('noShowWindowDays'),
      suspensionDays: read('suspensionDays'),
    };
    const bad = FIELDS.find((f) => !Number.isInteger(numbers[f.key]) || numbers[f.key] < 1);
    if (bad) return setError(`${bad.label}须为正整数`);
    await run(numbers);
  };

  return (
    <View>
      <CellGroup
        title="未到场规则"
        footer={`现行：${settings.noShowWindowDays} 天内未到场 ${settings.noShowLimit} 次，暂停预约 ${settings.suspensionDays} 天。`}
      >
        {FIELDS.map((f) => (
          <FormField key={f.key} label={f.label}>
            <Input
              className="ui-input"
              type="number"
              value={values[f.key]}
              onInput={(e) => setValues((v) => ({ ...v, [f.key]: e.detail.value }))}
            />
            <Text className="bk-field-unit">{f.unit}</Text>
          </FormField>
        ))}
      </CellGroup>
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button loading={saving} onClick={save}>
          保存规则
        </Button>
      </View>
    </View>
  );
}
