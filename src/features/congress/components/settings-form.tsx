import { useState } from 'react';
import { Text } from '@tarojs/components';
import { CellGroup, ChoiceChips, showSuccess } from '@/components';
import { useAction } from '@/lib/use-action';
import { updateSettings } from '../api';
import type { CongressSettings } from '../types';
import { SubmitBar } from './submit-bar';
import './congress.css';

const CHOICES = [1, 2, 3, 4, 5];

/**
 * 附议人数, the union's rule. It applies to the sessions still collecting and to those opened later;
 * a session whose collection is over keeps the number its motions were submitted under.
 */
export function SettingsForm({
  settings,
  onSaved,
}: {
  settings: CongressSettings;
  onSaved: (next: CongressSettings) => void;
}) {
  const [value, setValue] = useState(settings.secondersRequired);
  const action = useAction(updateSettings);
  // A number set through the API outside the usual range still shows as chosen.
  const numbers = CHOICES.includes(settings.secondersRequired)
    ? CHOICES
    : [...CHOICES, settings.secondersRequired].sort((a, b) => a - b);
  const save = async () => {
    const next = await action.run({ secondersRequired: value });
    if (next) {
      showSuccess('已保存');
      onSaved(next);
    }
  };
  return (
    <CellGroup title={`附议人数（现为 ${settings.secondersRequired} 人）`} testId="congress-settings">
      <ChoiceChips
        className="congress-form__block"
        items={numbers.map((n) => ({ key: n, label: n === 0 ? '不需附议' : `${n} 人` }))}
        value={value}
        onChange={setValue}
        testIdPrefix="seconders-"
        groupLabel="每件提案需要的附议人数"
      />
      <Text className="congress-note">
        每件提案须有这么多位代表附议才能提交。修改后，正在征集和以后开设的会议都按新的人数；征集已结束的会议不变。
      </Text>
      <SubmitBar
        type="default"
        error={action.error}
        busy={action.busy}
        onClick={save}
        testId="settings-save"
        ariaLabel="保存附议人数"
      >
        保存附议人数
      </SubmitBar>
    </CellGroup>
  );
}
