import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, FormError, TextAreaField } from '@/components';
import { useLoader } from '@/lib/use-loader';
import { decide, type DeskDecision, getCounsellorAvailability } from '../api';
import type { DeskAppointment } from '../types';
import { useAction } from '@/lib/use-action';
import { SlotChooser } from './slot-chooser';

type Panel = 'confirm' | 'propose' | 'decline' | null;

interface Props {
  appointment: DeskAppointment;
  counsellorId: number;
  room: string;
  onChange: (next: DeskAppointment) => void;
}

function defaultArrangement(a: DeskAppointment, room: string): string {
  if (a.mode === 'in_person') return room ? `请到${room}` : '';
  if (a.mode === 'phone') return '我会在约定时间打电话给您，请留意来电。';
  return '';
}

/** A message of up to 200 characters for the member: an arrangement, a reason. */
function ShortText(props: {
  title: string;
  label: string;
  value: string;
  placeholder: string;
  onInput: (text: string) => void;
}) {
  return (
    <CellGroup title={props.title}>
      <TextAreaField
        label={props.label}
        value={props.value}
        onInput={(value) => props.onInput(value)}
        maxLength={200}
        placeholder={props.placeholder}
        className="cs-textarea"
      />
    </CellGroup>
  );
}

/** What the counsellor can do with an appointment now: confirm, propose, decline, or mark the outcome. */
export function DeskActions({ appointment: a, counsellorId, room, onChange }: Props) {
  const [panel, setPanel] = useState<Panel>(null);
  const [arrangement, setArrangement] = useState(defaultArrangement(a, room));
  const [reason, setReason] = useState('');
  const [proposal, setProposal] = useState<string | null>(null);
  const free = useLoader(() => getCounsellorAvailability(counsellorId));
  const { isBusy, error, setError, run } = useAction();

  const send = async (decision: DeskDecision) => {
    const next = await run(decision.action, () => decide(a.id, decision));
    if (next) {
      setPanel(null);
      onChange(next);
    }
  };
  const open = (next: Panel) => {
    setError(null);
    setPanel(next);
    if (next === 'propose') void free.reload();
  };

  const begun = Date.parse(a.startsAt) <= Date.now();
  if (a.status === 'confirmed' && begun) {
    return (
      <View className="cs-actions">
        <FormError message={error} />
        <Button
          type="primary"
          loading={isBusy('complete')}
          onClick={() => send({ action: 'complete' })}
          testId="desk-complete"
        >
          咨询已完成
        </Button>
        <Button loading={isBusy('no-show')} onClick={() => send({ action: 'no-show' })} testId="desk-no-show">
          会员未到场
        </Button>
      </View>
    );
  }
  if (begun || !['requested', 'confirmed'].includes(a.status)) return null;

  return (
    <View>
      {panel === 'confirm' && (
        <ShortText
          title="见面安排（来访者可见，可不填）"
          label="安排"
          value={arrangement}
          placeholder="例如：腾讯会议号、到哪里找您"
          onInput={setArrangement}
        />
      )}
      {panel === 'propose' && (
        <CellGroup title="选一个新的时间，由来访者决定是否接受">
          {free.data ? (
            <SlotChooser days={free.data.days} value={proposal} onChange={setProposal} emptyText="您近期没有空闲时段" />
          ) : (
            <Text className="cs-hint">正在读取您的空闲时段…</Text>
          )}
        </CellGroup>
      )}
      {panel === 'decline' && (
        <ShortText
          title="婉拒原因（只有来访者本人能看到）"
          label="原因"
          value={reason}
          placeholder="例如：这个问题更适合转介专科医院，建议……"
          onInput={setReason}
        />
      )}
      <FormError message={error} />
      <View className="cs-actions">
        {panel === null && a.status === 'requested' && (
          <Button type="primary" onClick={() => open('confirm')} testId="desk-confirm">
            确认预约
          </Button>
        )}
        {panel === 'confirm' && (
          <Button
            type="primary"
            loading={isBusy('confirm')}
            onClick={() => send({ action: 'confirm', arrangement: arrangement.trim() || undefined })}
            testId="desk-confirm-send"
          >
            确认并通知来访者
          </Button>
        )}
        {panel === 'propose' && (
          <Button
            type="primary"
            loading={isBusy('propose')}
            onClick={() =>
              proposal ? send({ action: 'propose', startsAt: proposal }) : setError('请选择一个新的时间')
            }
            testId="desk-propose-send"
          >
            发送新时间
          </Button>
        )}
        {panel === 'decline' && (
          <Button
            type="warn"
            loading={isBusy('decline')}
            onClick={() =>
              reason.trim() ? send({ action: 'decline', reason: reason.trim() }) : setError('请写明婉拒原因')
            }
            testId="desk-decline-send"
          >
            婉拒并通知来访者
          </Button>
        )}
        {panel === null ? (
          <>
            <Button onClick={() => open('propose')} testId="desk-propose">
              建议其他时间
            </Button>
            <Button type="warn" onClick={() => open('decline')} testId="desk-decline">
              婉拒
            </Button>
          </>
        ) : (
          <Button onClick={() => open(null)}>返回</Button>
        )}
      </View>
    </View>
  );
}
