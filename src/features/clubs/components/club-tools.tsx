import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, CellGroup } from '@/components';
import { useAction } from '@/lib/use-action';
import { ROUTES, withQuery } from '@/lib/routes';
import { clubExportPath } from '../api';
import { openClubWorkbook } from '../files';
import type { Club } from '../types';
import './clubs.css';

interface Props {
  club: Club;
  leads: boolean;
  staff: boolean;
}

interface Tool {
  key: string;
  glyph: string;
  label: string;
  onClick: () => void;
}

/** The big buttons a leader (and staff) use most: post, start an event, the roster, the Excel. */
export function ClubTools({ club, leads, staff }: Props) {
  const go = (url: string) => void Taro.navigateTo({ url });
  const exporter = useAction(() => openClubWorkbook(clubExportPath(club.id), `${club.name}-成员与签到.xlsx`), {
    toast: true,
  });
  const exporting = exporter.busy;
  const exportXlsx = () => void exporter.run();
  const tools: (Tool | false)[] = [
    leads && {
      key: 'announce',
      glyph: '告',
      label: '发布公告',
      onClick: () => go(withQuery(ROUTES.clubsAnnounce, { id: club.id })),
    },
    leads && {
      key: 'event-new',
      glyph: '活',
      label: '发起活动',
      onClick: () => go(withQuery(ROUTES.clubsEventNew, { id: club.id })),
    },
    {
      key: 'members',
      glyph: '员',
      label: `成员名单（${club.memberCount}）`,
      onClick: () => go(withQuery(ROUTES.clubsMembers, { id: club.id })),
    },
    {
      key: 'export',
      glyph: exporting ? '…' : '表',
      label: exporting ? '正在导出…' : '导出 Excel',
      onClick: () => void (exporting || exportXlsx()),
    },
    staff && {
      key: 'edit',
      glyph: '改',
      label: '编辑社团',
      onClick: () => go(withQuery(ROUTES.clubsClubEdit, { id: club.id })),
    },
  ];
  return (
    <CellGroup title={leads ? '负责人工具' : '工会干事工具'}>
      <View className="clubs-tools">
        {tools
          .filter((t): t is Tool => !!t)
          .map((t) => (
            <View
              key={t.key}
              className="clubs-tool"
              hoverClass="clubs-tool--hover"
              onClick={t.onClick}
              data-testid={`club-tool-${t.key}`}
              // The Excel is made in place; every other tool opens its own page.
              {...a11y({ role: t.key === 'export' ? 'button' : 'link' })}
            >
              <Text className="clubs-tool__glyph" {...a11y({ hidden: true })}>
                {t.glyph}
              </Text>
              <Text>{t.label}</Text>
            </View>
          ))}
      </View>
    </CellGroup>
  );
}
