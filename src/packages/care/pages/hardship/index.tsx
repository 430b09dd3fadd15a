import { useState } from 'react';
import { Picker, View } from '@tarojs/components';
import { Button, CellGroup, EmptyView, FormError, FormField, PageContainer, TextField } from '@/components';
import { beijingToday, careApi, type MemberOption, shortDay } from '@/features/care';
import { MemberPicker } from '@/features/care/components/member-picker';
import { useRequireSession } from '@/features/session';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import '@/features/care/components/care.css';

const inMonths = (months: number) =>
  new Date(Date.now() + 8 * 3600_000 + months * 30 * 86400_000).toISOString().slice(0, 10);

/** 困难职工档案: who, why, when to look again; staff only. Reminders come before 教师节 and 春节. */
export default function HardshipPage() {
  const member = useRequireSession();
  const list = usePageData(careApi.listHardship, { enabled: !!member });
  const [who, setWho] = useState<MemberOption | null>(null);
  const [cause, setCause] = useState('');
  const [reviewOn, setReviewOn] = useState(inMonths(6));
  const add = useAction(async () => {
    if (!who) return;
    const items = await careApi.flagHardship(who.id, cause, reviewOn);
    list.setData(() => items);
    setWho(null);
    setCause('');
  });
  const remove = useAction(async (memberId: number) => {
    await careApi.unflagHardship(memberId);
    await list.reload();
  });
  if (!member) return null;
  return (
    <PageContainer loading={list.loading && !list.data} error={list.data ? null : list.error} onRetry={list.reload}>
      <CellGroup title="困难职工（仅工会干事和主席可见）" testId="hardship-list">
        {list.data?.length === 0 && <EmptyView text="名单中还没有困难职工" />}
        {list.data?.map((h) => (
          <View key={h.memberId} className="care-block">
            <View className="care-block__title">
              {h.memberName}
              {h.branchName ? ` · ${h.branchName}` : ''}
            </View>
            <View className="care-line">{h.cause}</View>
            <View className="care-line__meta">
              复核日期 {shortDay(h.reviewOn)}
              {h.reviewDue ? <View className="care-due">已到复核日期，请核实情况</View> : null}
            </View>
            <View className="care-line__meta">最近一次慰问：{h.lastCareOn ? shortDay(h.lastCareOn) : '今年尚无'}</View>
            <Button size="small" loading={remove.busy} onClick={() => void remove.run(h.memberId)}>
              移出名单
            </Button>
          </View>
        ))}
      </CellGroup>
      <CellGroup title="列入困难职工" footer="教师节、春节前两周，会提醒工会干事安排节日慰问。">
        <MemberPicker value={who} onChange={setWho} />
        <TextField label="困难原因" value={cause} maxLength={200} placeholder="如 配偶重病" onInput={setCause} />
        <Picker mode="date" value={reviewOn} start={beijingToday()} onChange={(e) => setReviewOn(e.detail.value)}>
          <FormField label="复核日期">
            <View className="ui-input" aria-label={`复核日期 ${reviewOn}`}>
              {reviewOn}
            </View>
          </FormField>
        </Picker>
        <FormError message={add.error} />
        <View className="care-actions">
          <Button type="primary" disabled={!who} loading={add.busy} onClick={() => void add.run()}>
            列入名单
          </Button>
        </View>
      </CellGroup>
    </PageContainer>
  );
}
