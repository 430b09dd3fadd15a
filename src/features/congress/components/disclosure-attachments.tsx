import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, showError, showInfo } from '@/components';
import { COLORS } from '@/lib/colors';
import { useAction } from '@/lib/use-action';
import { deleteDisclosureAttachment, getDisclosure } from '../api';
import {
  choosePdfs,
  choosePictures,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  type PickedFile,
  uploadDisclosureFile,
} from '../files';
import type { Disclosure } from '../types';
import './congress.css';

type Attachment = Disclosure['attachments'][number];

interface Props {
  item: Disclosure;
  onChange: (next: Disclosure) => void;
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
const kindText = (a: Attachment) => (a.contentType === 'application/pdf' ? 'PDF 文件' : '图片');

/**
 * Staff add the item's pictures and PDFs and take back a wrong one; members see them on the item's
 * card. Files go up one by one: a refused one (wrong type, too large) leaves the others in place.
 */
export function DisclosureAttachments({ item, onChange }: Props) {
  const room = MAX_ATTACHMENTS - item.attachments.length;
  const refresh = async () => onChange(await getDisclosure(item.id));
  // Each refused file says why (a toast each) and the rest still go up; then the item is read again.
  const upload = useAction(
    async (files: PickedFile[]) => {
      let sent = 0;
      for (const file of files) {
        try {
          await uploadDisclosureFile(item.id, file);
          sent += 1;
        } catch (err) {
          showError(err);
        }
      }
      await refresh();
      return sent;
    },
    { success: (sent) => (sent ? `已上传 ${sent} 个` : ''), toast: true },
  );
  const removal = useAction(
    async (a: Attachment) => {
      await deleteDisclosureAttachment(a.id);
      await refresh();
    },
    { success: '已删除', toast: true },
  );
  const busy = upload.busy ? '正在上传…' : removal.busy ? '正在删除…' : null;

  const add = async (pick: (count: number) => Promise<PickedFile[]>) => {
    let picked: PickedFile[];
    try {
      picked = await pick(room);
    } catch {
      return; // The picker was closed without a choice.
    }
    const fitting = picked.filter((f) => f.size <= MAX_ATTACHMENT_BYTES);
    if (fitting.length < picked.length)
      showInfo(`有 ${picked.length - fitting.length} 个文件超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，未上传`);
    if (fitting.length) await upload.run(fitting);
  };

  const remove = async (a: Attachment) => {
    const { confirm } = await Taro.showModal({
      title: '删除附件',
      content: `删除「${a.fileName}」后，教职工将看不到这个附件。`,
      confirmText: '删除',
      confirmColor: COLORS.dangerStrong,
      cancelText: '保留',
    });
    if (confirm) await removal.run(a);
  };

  return (
    <CellGroup
      title={`管理附件（${item.attachments.length}/${MAX_ATTACHMENTS}）`}
      footer={busy ?? undefined}
      testId="disclosure-attachments"
    >
      {item.attachments.map((a) => (
        <Cell
          key={a.id}
          multiline
          title={a.fileName}
          label={`${kindText(a)} · ${sizeText(a.sizeBytes)}`}
          testId="disclosure-attachment-row"
          value={
            <Button
              type="warn"
              size="small"
              disabled={busy !== null}
              onClick={() => void remove(a)}
              testId={`attachment-delete-${a.id}`}
              label={`删除附件 ${a.fileName}`}
            >
              删除
            </Button>
          }
        />
      ))}
      {room > 0 ? (
        <View className="congress-actions congress-actions--row">
          <Button
            className="congress-actions__half"
            disabled={busy !== null}
            onClick={() => void add(choosePictures)}
            testId="attachment-add-picture"
            label="上传图片附件"
          >
            上传图片
          </Button>
          <Button
            className="congress-actions__half"
            disabled={busy !== null}
            onClick={() => void add(choosePdfs)}
            testId="attachment-add-pdf"
            label="上传 PDF 附件"
          >
            上传 PDF
          </Button>
        </View>
      ) : (
        <Text className="congress-note congress-note--top" data-testid="attachments-full">
          {`已有 ${MAX_ATTACHMENTS} 个附件。要换一个，请先删除不需要的。`}
        </Text>
      )}
      <Text className="congress-note">
        {`可上传 JPG、PNG、WebP 图片或 PDF 文件，每个不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB。`}
      </Text>
    </CellGroup>
  );
}
