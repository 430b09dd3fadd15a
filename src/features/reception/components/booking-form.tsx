import { useState } from 'react';
import { Switch, View } from '@tarojs/components';
import { CellGroup, ChoiceChips, FormField, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { useSubscribeTemplate } from '@/lib/use-subscribe-template';
import { askToSubscribe } from '@/services/subscribe';
import { bookSlot } from '../api';
import { DESCRIPTION_MAX, TOPICS } from '../labels';
import type { Appointment, Topic } from '../types';
import { SubmitBar } from './submit-bar';
import { COLORS } from '@/lib/colors';
import './forms.css';

interface Props {
  sessionId: number;
  slotStart: string | null;
  onBooked: (appointment: Appointment) => void;
  /** The slot went to someone else meanwhile: the page shows the slots again as they are now. */
  onRefused: () => void;
}

/** What the member wants to talk about: a topic, a short description, and whether to keep it confidential. */
export function BookingForm({ sessionId, slotStart, onBooked, onRefused }: Props) {
  const [topic, setTopic] = useState<Topic | null>(null);
  const [description, setDescription] = useState('');
  const [confidential, setConfidential] = useState(false);
  const action = useAction(bookSlot);
  // WeChat's permission dialog must open straight from the tap on 确认预约: asked before anything else.
  const templateId = useSubscribeTemplate('reception');

  const submit = async () => {
    if (!slotStart) return action.setError('请先选择一个时段');
    if (!topic) return action.setError('请选择话题');
    if (!description.trim()) return action.setError('请简要说明想谈的事');
    // A "no" or a failure changes nothing: the in-app message centre has the reply either way.
    if (templateId) await askToSubscribe(templateId);
    const booked = await action.run({ sessionId, slotStart, topic, description: description.trim(), confidential });
    if (booked) onBooked(booked);
    else onRefused();
  };

  return (
    <View>
      <CellGroup title="话题">
        <View className="reception-form__block">
          <ChoiceChips items={TOPICS} value={topic} onChange={setTopic} testIdPrefix="topic-" />
        </View>
      </CellGroup>
      <CellGroup title="简要说明">
        <View className="reception-form__block">
          <TextAreaField
            label="简要说明"
            hideLabel
            value={description}
            onInput={setDescription}
            maxLength={DESCRIPTION_MAX}
            placeholder="想和主席谈什么？一两句话即可"
            className="reception-form__textarea"
            testId="booking-description"
          />
        </View>
      </CellGroup>
      <CellGroup footer="打开后，说明内容只有接待人能看到，其他工作人员只能看到话题。">
        <FormField label="希望保密">
          <View className="reception-form__switch">
            <Switch
              color={COLORS.brandStrong}
              checked={confidential}
              onChange={(e) => setConfidential(e.detail.value)}
            />
          </View>
        </FormField>
      </CellGroup>
      <SubmitBar error={action.error} busy={action.busy} onClick={submit} testId="booking-submit">
        确认预约
      </SubmitBar>
    </View>
  );
}
