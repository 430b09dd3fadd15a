import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, CellGroup, ErrorView, PageContainer, showSuccess } from '@/components';
import {
  BookingForm,
  openAppointment,
  RECEIVER_LABELS,
  receptionApi,
  SlotPicker,
  formatDay,
  slotRange,
  type Appointment,
} from '@/features/reception';
import { useRequireSession } from '@/features/session';
import { ROUTES, readIdParam, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

export default function BookReceptionPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const session = usePageData(() => receptionApi.getSession(id ?? 0), { enabled: !!member && !!id, onShow: false });
  const [slot, setSlot] = useState<string | null>(null);

  const onBooked = (appointment: Appointment) => {
    showSuccess('预约成功');
    // The booking page has done its work: going back from the appointment lands on the list.
    setTimeout(
      () => void Taro.redirectTo({ url: withQuery(ROUTES.receptionAppointment, { id: appointment.id }) }),
      800,
    );
  };

  if (!member) return null;
  if (!id) {
    return (
      <PageContainer>
        <ErrorView title="接待日不存在" message="链接有误或接待日已取消" />
      </PageContainer>
    );
  }
  const s = session.data;
  const free = s?.slots.filter((x) => x.state === 'free').length ?? 0;
  return (
    <PageContainer loading={session.loading} error={session.error} onRetry={session.reload} className="reception-book">
      {s && (
        <View>
          <View className="reception-book__head">
            <Text className="reception-book__date">{formatDay(s.date)}</Text>
            <Text className="reception-book__meta">
              {slotRange(s.startsAt, s.endsAt)} · {s.place} · {s.receiverName}（{RECEIVER_LABELS[s.receiverRole]}）接待
            </Text>
          </View>
          <CellGroup title={`选择时段（每人 ${s.slotMinutes} 分钟）`}>
            <SlotPicker slots={s.slots} value={slot} onChange={setSlot} />
          </CellGroup>
          {s.myAppointmentId ? (
            <View
              className="reception-book__notice"
              onClick={() => openAppointment(s.myAppointmentId!)}
              {...a11y({ role: 'link' })}
            >
              您已预约了这场接待日，每场只能预约一个时段。点此查看或取消原预约。
            </View>
          ) : free === 0 ? (
            <View className="reception-book__notice">这场接待日已经约满，请选择其他日期。</View>
          ) : (
            <BookingForm
              sessionId={s.id}
              slotStart={slot}
              onBooked={onBooked}
              onRefused={() => void session.reload()}
            />
          )}
        </View>
      )}
    </PageContainer>
  );
}
