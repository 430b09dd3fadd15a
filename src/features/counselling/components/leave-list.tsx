import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Text, View } from '@tarojs/components';
import { a11y, Button, Cell, CellGroup, FormError, FormField } from '@/components';
import { formatDate, todayIn } from '@/lib/dayjs';
import { addLeave, removeLeave } from '../api';
import type { Leave } from '../types';
import { useAction } from '@/lib/use-action';

const period = (l: Pick<Leave, 'startsOn' | 'endsOn'>) =>
  l.startsOn === l.endsOn ? formatDate(l.startsOn) : `${formatDate(l.startsOn)} 至 ${formatDate(l.endsOn)}`;

/** Days off: no sessions are offered on them. Appointments already made stay until handled one by one. */
export function LeaveList({ leave, onChange }: { leave: Leave[]; onChange: (next: Leave[]) => void }) {
  const today = todayIn();
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(today);
  const [reason, setReason] = useState('');
  const { isBusy, error, run } = useAction();

  const add = async () => {
    const result = await run('add', () => addLeave({ startsOn, endsOn, reason: reason.trim() }));
    if (!result) return;
    onChange([...leave, result.leave].sort((a, b) => a.startsOn.localeCompare(b.startsOn)));
    setReason('');
    const content = result.affected
      ? `这段时间里还有 ${result.affected} 个预约，请到咨询工作台逐一建议其他时间或婉拒。`
      : '这段时间不再开放预约。';
    void Taro.showModal({ title: '已请假', content, showCancel: false, confirmText: '知道了' });
  };
  const remove = async (id: number) => {
    // A refusal is shown under the form.
    if (await run(`remove-${id}`, () => removeLeave(id).then(() => true))) onChange(leave.filter((l) => l.id !== id));
  };

  return (
    <View>
      <CellGroup title="请假">
        {leave.length === 0 && <Cell title="近期没有请假" />}
        {leave.map((l) => (
          <Cell
            key={l.id}
            title={period(l)}
            label={l.reason || undefined}
            value={
              <Text className="link-text" onClick={() => remove(l.id)} {...a11y({ role: 'button' })}>
                取消请假
              </Text>
            }
          />
        ))}
      </CellGroup>
      <CellGroup title="添加请假" footer="请假的日子不再开放预约，已有的预约需要您逐一处理。">
        <Picker
          className="ui-picker"
          mode="date"
          value={startsOn}
          start={today}
          onChange={(e) => setStartsOn(String(e.detail.value))}
        >
          <FormField label="从">
            <Text className="ui-input">{formatDate(startsOn)}</Text>
          </FormField>
        </Picker>
        <Picker
          className="ui-picker"
          mode="date"
          value={endsOn}
          start={startsOn}
          onChange={(e) => setEndsOn(String(e.detail.value))}
        >
          <FormField label="到">
            <Text className="ui-input">{formatDate(endsOn)}</Text>
          </FormField>
        </Picker>
        <FormField label="事由">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="选填，例如：外出培训"
            maxlength={30}
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
        </FormField>
      </CellGroup>
      <FormError message={error} />
      <View className="cs-actions">
        <Button loading={isBusy('add')} onClick={add} testId="leave-add">
          添加请假
        </Button>
      </View>
    </View>
  );
}
