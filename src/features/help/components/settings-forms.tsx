import { useState } from 'react';
import { Input, Picker, Switch, Text, View } from '@tarojs/components';
import {
  a11y,
  Button,
  Cell,
  CellGroup,
  controlLabel,
  FormError,
  FormField,
  showError,
  showSuccess,
} from '@/components';
import { todayIn } from '@/lib/dayjs';
import { addClosedDays, createHelpCategory, deleteClosedDays, updateHelpCategory, updateHelpSettings } from '../api';
import { dueLabel } from '../labels';
import type { ClosedDays, HelpCategory } from '../types';
import { useAction } from '@/lib/use-action';
import { COLORS } from '@/lib/colors';
import './panels.css';

/** 答复期限: how many working days the union gives itself for a first answer. */
export function ResponseDaysField({ days, onSaved }: { days: number; onSaved: () => unknown }) {
  const [value, setValue] = useState(days);
  const save = useAction(async (next: number) => {
    await updateHelpSettings(next);
    setValue(next);
    showSuccess('已保存');
    onSaved();
  });
  const step = (delta: number) => {
    const next = Math.min(30, Math.max(1, value + delta));
    if (next !== value) void save.run(next);
  };
  return (
    <CellGroup title="答复期限" footer="从提交次日起算的工作日数；周末和下方登记的休息日不计，等待会员补充期间暂停。">
      <View className="help-stepper">
        <Text className="help-stepper__label">工作日</Text>
        <View
          className="help-stepper__minus"
          hoverClass="help-stepper--hover"
          onClick={() => step(-1)}
          {...a11y({ role: 'button' })}
        >
          −
        </View>
        <Text className="help-stepper__value" data-testid="help-response-days">
          {value}
        </Text>
        <View
          className="help-stepper__plus"
          hoverClass="help-stepper--hover"
          onClick={() => step(1)}
          {...a11y({ role: 'button' })}
        >
          +
        </View>
      </View>
      <FormError message={save.error} />
    </CellGroup>
  );
}

/** The union's categories: switch one off to stop offering it, add one of the union's own. */
export function CategoryEditor({ categories, onChanged }: { categories: HelpCategory[]; onChanged: () => unknown }) {
  const [name, setName] = useState('');
  const add = useAction(async () => {
    await createHelpCategory(name.trim());
    setName('');
    showSuccess('已添加');
    onChanged();
  });
  const toggle = (c: HelpCategory, active: boolean) => updateHelpCategory(c.id, { active }).then(onChanged, showError);
  return (
    <CellGroup title="求助类别" footer="停用的类别不再出现在求助表单中，已提交的求助不受影响。">
      {categories.map((c) => (
        <Cell
          key={c.id}
          title={c.name}
          label={c.allowsAnonymous ? '可匿名提交' : undefined}
          value={
            <Switch
              color={COLORS.brandStrong}
              checked={c.active}
              onChange={(e) => void toggle(c, e.detail.value)}
              {...controlLabel(`启用「${c.name}」`)}
            />
          }
        />
      ))}
      <FormField label="新类别">
        <Input
          className="ui-input"
          placeholderClass="ui-input-placeholder"
          placeholder="12 字以内"
          maxlength={12}
          value={name}
          onInput={(e) => setName(e.detail.value)}
        />
        <Button
          size="small"
          loading={add.busy}
          onClick={() => (name.trim() ? void add.run() : add.setError('请填写类别名称'))}
        >
          添加
        </Button>
      </FormField>
      <FormError message={add.error} />
    </CellGroup>
  );
}

/** 休息日: ranges of days (寒暑假, 节假日) that do not count toward the answer deadline. */
export function ClosedDaysEditor({ items, onChanged }: { items: ClosedDays[]; onChanged: () => unknown }) {
  const today = todayIn();
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(today);
  const [reason, setReason] = useState('');
  const add = useAction(async () => {
    await addClosedDays({ startsOn, endsOn, reason: reason.trim() });
    setReason('');
    showSuccess('已登记');
    onChanged();
  });
  const remove = (id: number) => deleteClosedDays(id).then(onChanged, showError);
  return (
    <CellGroup title="休息日" footer="登记后提交的求助不把这些日子算作工作日。">
      {items.map((d) => (
        <Cell
          key={d.id}
          title={d.reason}
          label={d.startsOn === d.endsOn ? dueLabel(d.startsOn) : `${dueLabel(d.startsOn)} 至 ${dueLabel(d.endsOn)}`}
          value={
            <Text className="link-text" onClick={() => void remove(d.id)} {...a11y({ role: 'button' })}>
              删除
            </Text>
          }
        />
      ))}
      <Picker mode="date" value={startsOn} onChange={(e) => setStartsOn(e.detail.value)}>
        <FormField label="开始日期">
          <Text className="ui-input">{dueLabel(startsOn)}</Text>
        </FormField>
      </Picker>
      <Picker mode="date" value={endsOn} start={startsOn} onChange={(e) => setEndsOn(e.detail.value)}>
        <FormField label="结束日期">
          <Text className="ui-input">{dueLabel(endsOn)}</Text>
        </FormField>
      </Picker>
      <FormField label="原因">
        <Input
          className="ui-input"
          placeholderClass="ui-input-placeholder"
          placeholder="例如：寒假、国庆节"
          maxlength={30}
          value={reason}
          onInput={(e) => setReason(e.detail.value)}
        />
        <Button
          size="small"
          loading={add.busy}
          onClick={() => (reason.trim() ? void add.run() : add.setError('请填写原因'))}
        >
          登记
        </Button>
      </FormField>
      <FormError message={add.error} />
    </CellGroup>
  );
}
