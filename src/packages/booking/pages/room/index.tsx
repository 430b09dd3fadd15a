import { useEffect, useMemo, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, EmptyView, ErrorView, Loading, PageContainer, showInfo } from '@/components';
import {
  buildDateStrip,
  dateTitle,
  getRoomAvailability,
  hoursSummary,
  releaseHint,
  slotRefusal,
  type AvailabilitySlot,
} from '@/features/booking';
import { BookingSheet } from '@/features/booking/components/booking-sheet';
import { DateStrip } from '@/features/booking/components/date-strip';
import { roomCapacityText } from '@/features/booking/components/room-card';
import { QuotaUsageBar, RoomRulesCard } from '@/features/booking/components/room-rules';
import { SlotGrid, SlotLegend } from '@/features/booking/components/slot-grid';
import { useRequireSession } from '@/features/session';
import { readIdParam, readParam, ROUTES } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default function RoomPage() {
  const member = useRequireSession();
  const params = useRouter().params;
  const id = readIdParam(params.id) ?? 0;
  const initialDate = readParam(params.date);
  const [date, setDate] = useState<string | undefined>(DATE.test(initialDate) ? initialDate : undefined);
  const [picked, setPicked] = useState<AvailabilitySlot | null>(null);
  const signedIn = !!member && id > 0;
  // One request gives the room, its rules, the member's quota use and the day's slots.
  const grid = usePageData(() => getRoomAvailability(id, date), { enabled: signedIn, deps: [date] });
  const name = grid.data?.room.name;
  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name });
  }, [name]);

  const chips = useMemo(() => (grid.data ? buildDateStrip(grid.data.dates, grid.data.today) : []), [grid.data]);

  if (!member) return null;
  if (!id)
    return (
      <PageContainer>
        <ErrorView title="场地不存在" message="链接有误或场地已停用" />
      </PageContainer>
    );

  const tap = (slot: AvailabilitySlot) => {
    if (slot.state === 'free' || slot.state === 'few') setPicked(slot);
    else if (slot.state === 'mine') void Taro.navigateTo({ url: ROUTES.bookingMine });
    else showInfo(slotRefusal(slot));
  };
  const data = grid.data;
  const r = data ? { ...data.room, ...data.rules } : null;
  const day = data?.dates.find((d) => d.date === data.date);
  return (
    <PageContainer loading={grid.loading} error={grid.error} onRetry={grid.reload}>
      {r && data && (
        <>
          <View className="bk-room-head">
            <Text className="bk-room-head__name">{r.name}</Text>
            <Text className="bk-room-head__meta">{[r.location, roomCapacityText(r)].filter(Boolean).join(' · ')}</Text>
            <Text className="bk-room-head__meta">开放时间：{hoursSummary(r.openingHours)}</Text>
            {r.description && <Text className="bk-room-head__desc">{r.description}</Text>}
          </View>
          <View className="bk-room-window">
            <Text className="bk-room-window__title">选择日期</Text>
            <Text className="bk-room-window__hint" data-testid="release-hint">
              {releaseHint(r)}
            </Text>
          </View>
          <DateStrip chips={chips} selected={data.date} onSelect={setDate} />
          {day?.note && (
            <Text className="bk-room-closed">
              {day.note.includes('开放预约') ? `这一天的时段将于今天 ${day.note}` : `这一天不可预约：${day.note}`}
            </Text>
          )}
          <View className="bk-room-day">
            <Text className="bk-room-day__title">{dateTitle(data.date)}</Text>
            {day?.bookable && (
              <Text className="bk-room-day__count">
                {day.freeSlots > 0 ? `${day.freeSlots} 个时段可约` : '已没有可约时段'}
              </Text>
            )}
          </View>
          <QuotaUsageBar quota={data.quota} today={data.today} />
          <SlotLegend />
          {grid.loading && <Loading text="正在刷新时段…" />}
          {data.slots.length > 0 ? (
            <SlotGrid slots={data.slots} mode={r.mode} onTap={tap} />
          ) : (
            <EmptyView text="这一天不开放" />
          )}
          <RoomRulesCard rules={data.rules} />
          <View
            className="bk-room-foot"
            onClick={() => Taro.navigateTo({ url: ROUTES.bookingMine })}
            {...a11y({ role: 'link' })}
          >
            查看我的预约 ›
          </View>
        </>
      )}
      {picked && r && data && (
        <BookingSheet
          room={r}
          slot={picked}
          quota={data.quota}
          today={data.today}
          onClose={() => setPicked(null)}
          onBooked={() => void grid.reload()}
          onViewMine={() => {
            setPicked(null);
            void Taro.navigateTo({ url: ROUTES.bookingMine });
          }}
        />
      )}
    </PageContainer>
  );
}
