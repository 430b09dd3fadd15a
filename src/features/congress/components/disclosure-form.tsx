import { useRef, useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { a11y, CellGroup, ChoiceChips, FormField, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { addDays, DISCLOSURE_CATEGORIES, formatDate, NEEDS_OBJECTION_PERIOD, newClientKey, todayIn } from '../labels';
import type { DisclosureCategory, NewDisclosure } from '../types';
import { SubmitBar } from './submit-bar';
import './congress.css';

/** Staff publish a 校务公开 item; 困难补助、评优、职称 carry a 公示期 (7 days unless changed). */
export function DisclosureForm({
  onSubmit,
}: {
  onSubmit: (clientKey: string, item: NewDisclosure) => Promise<unknown>;
}) {
  const today = todayIn();
  const key = useRef(newClientKey());
  const [category, setCategory] = useState<DisclosureCategory | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [withPeriod, setWithPeriod] = useState(false);
  const [endsOn, setEndsOn] = useState(addDays(today, 7));
  const action = useAction(onSubmit);
  const needsPeriod = !!category && NEEDS_OBJECTION_PERIOD.includes(category);
  const choose = (next: DisclosureCategory) => {
    setCategory(next);
    if (NEEDS_OBJECTION_PERIOD.includes(next)) setWithPeriod(true);
  };
  const submit = async () => {
    if (!category) return action.setError('请选择公开类别');
    if (!title.trim()) return action.setError('请填写标题');
    if (!body.trim()) return action.setError('请填写公开内容');
    const period = withPeriod || needsPeriod;
    await action.run(key.current, {
      category,
      title: title.trim(),
      body: body.trim(),
      ...(period ? { objectionEndsOn: endsOn } : {}),
    });
  };
  return (
    <View data-testid="disclosure-form">
      <CellGroup title="公开类别">
        <View className="congress-form__block">
          <ChoiceChips
            items={DISCLOSURE_CATEGORIES}
            value={category}
            onChange={choose}
            testIdPrefix="disclosure-category-"
          />
        </View>
      </CellGroup>
      <CellGroup title="内容">
        <FormField label="标题">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="如 2030年春节困难补助发放名单"
            maxlength={60}
            value={title}
            onInput={(e) => setTitle(e.detail.value)}
            aria-label="标题"
            data-testid="disclosure-title"
          />
        </FormField>
        <View className="congress-form__block">
          <TextAreaField
            hideLabel
            label="公开内容"
            className="congress-form__textarea"
            maxLength={5000}
            placeholder="公开的具体内容"
            value={body}
            onInput={setBody}
            testId="disclosure-body"
          />
        </View>
      </CellGroup>
      <CellGroup
        title="公示期"
        footer={
          needsPeriod
            ? '涉及教职工切身利益的事项须设公示期，公示期内会员可以提出异议。'
            : '设公示期后，公示期内会员可以提出异议。'
        }
      >
        {!needsPeriod && (
          <View className="congress-form__block">
            <ChoiceChips
              items={[
                { key: 'no', label: '不设公示期' },
                { key: 'yes', label: '设公示期' },
              ]}
              value={withPeriod ? 'yes' : 'no'}
              onChange={(k) => setWithPeriod(k === 'yes')}
              testIdPrefix="period-"
            />
          </View>
        )}
        {(withPeriod || needsPeriod) && (
          <Picker
            mode="date"
            value={endsOn}
            start={today}
            end={addDays(today, 60)}
            onChange={(e) => setEndsOn(e.detail.value)}
          >
            <FormField label="公示截止">
              <View
                className="ui-input"
                {...a11y({ role: 'button', label: `公示期截止 ${formatDate(endsOn)}，点按修改` })}
              >
                <Text>{formatDate(endsOn)}</Text>
              </View>
            </FormField>
          </Picker>
        )}
      </CellGroup>
      <SubmitBar
        error={action.error}
        busy={action.busy}
        onClick={submit}
        testId="disclosure-publish"
        ariaLabel="发布到校务公开栏"
      >
        发布
      </SubmitBar>
    </View>
  );
}
