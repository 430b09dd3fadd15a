import { useState } from 'react';
import { Input, Picker, View } from '@tarojs/components';
import { Button, CellGroup, ChoiceChips, FormError, FormField } from '@/components';
import { useAction } from '@/lib/use-action';
import { ApiError } from '@/services/http';
import { beijingToday, newRequestId } from '../labels';
import type { CareKind, MemberOption, NewCareRecord } from '../types';
import { MemberPicker } from './member-picker';
import './care.css';

interface Props {
  kinds: CareKind[];
  /** Filled in when the form opens from a help case. */
  member?: MemberOption | null;
  helpCaseId?: number | null;
  onSubmit: (input: NewCareRecord) => Promise<unknown>;
}

/** A care visit or payment: who, which kind, when, who went, what was given. */
export function CareForm({ kinds, member: initial, helpCaseId, onSubmit }: Props) {
  // One id per form: a retried or double-tapped 保存 is recorded once.
  const [requestId] = useState(newRequestId);
  const [member, setMember] = useState<MemberOption | null>(initial ?? null);
  const [kind, setKind] = useState<string | null>(null);
  const [careDate, setCareDate] = useState(beijingToday());
  const [visitors, setVisitors] = useState('');
  const [amount, setAmount] = useState('');
  const [gifts, setGifts] = useState('');
  const [note, setNote] = useState('');
  const save = useAction(async () => {
    if (!member && !helpCaseId) throw new ApiError('business', 400, 'LOCAL', '请先选择受慰问的会员');
    if (!kind) throw new ApiError('business', 400, 'LOCAL', '请选择慰问类别');
    const money = amount.trim() === '' ? 0 : Number(amount);
    if (Number.isNaN(money) || money < 0) throw new ApiError('business', 400, 'LOCAL', '金额请填写数字，没有可不填');
    return onSubmit({
      requestId,
      ...(member ? { memberId: member.id } : {}),
      kind,
      careDate,
      visitors,
      amount: money,
      gifts,
      note,
      helpCaseId: helpCaseId ?? null,
    });
  });
  return (
    <View>
      <CellGroup title="受慰问的会员">
        {helpCaseId && !member ? (
          <View className="care-block care-line__meta" data-testid="care-member">
            提出这件求助的会员（由求助自动确定）
          </View>
        ) : (
          <MemberPicker value={member} onChange={setMember} />
        )}
      </CellGroup>
      <CellGroup title="慰问类别">
        <View className="care-block">
          <ChoiceChips
            items={kinds.map((k) => ({ key: k.code, label: k.label }))}
            value={kind}
            onChange={setKind}
            testIdPrefix="care-kind-"
            shape="card"
          />
        </View>
      </CellGroup>
      <CellGroup title="慰问情况">
        <Picker mode="date" value={careDate} end={beijingToday()} onChange={(e) => setCareDate(e.detail.value)}>
          <FormField label="日期">
            <View className="ui-input" aria-label={`慰问日期 ${careDate}`}>
              {careDate}
            </View>
          </FormField>
        </Picker>
        <FormField label="慰问人">
          <Input
            className="ui-input"
            value={visitors}
            maxlength={100}
            placeholder="谁去的，如 王建国、李秀梅"
            placeholderClass="ui-input-placeholder"
            aria-label="慰问人"
            data-testid="care-visitors"
            onInput={(e) => setVisitors(e.detail.value)}
          />
        </FormField>
        <FormField label="金额（元）">
          <Input
            className="ui-input"
            type="digit"
            value={amount}
            placeholder="没有可不填"
            placeholderClass="ui-input-placeholder"
            aria-label="慰问金额，单位元"
            data-testid="care-amount"
            onInput={(e) => setAmount(e.detail.value)}
          />
        </FormField>
        <FormField label="慰问品">
          <Input
            className="ui-input"
            value={gifts}
            maxlength={100}
            placeholder="如 水果、鲜花"
            placeholderClass="ui-input-placeholder"
            aria-label="慰问品"
            data-testid="care-gifts"
            onInput={(e) => setGifts(e.detail.value)}
          />
        </FormField>
        <FormField label="备注">
          <Input
            className="ui-input"
            value={note}
            maxlength={500}
            placeholder="仅工会干事可见（选填）"
            placeholderClass="ui-input-placeholder"
            aria-label="备注，仅工会干事可见"
            onInput={(e) => setNote(e.detail.value)}
          />
        </FormField>
      </CellGroup>
      <View className="care-actions">
        <FormError message={save.error} />
        <Button type="primary" loading={save.busy} onClick={() => void save.run()} testId="care-save">
          保存慰问记录
        </Button>
      </View>
    </View>
  );
}
