import { Text, View } from '@tarojs/components';
import { a11y, CellGroup, EmptyView, showError, showInfo } from '@/components';
import { useAction } from '@/lib/use-action';
import { attachmentUrl, choosePdf, choosePhotos, openAttachment, tooLarge, uploadAttachment } from '../files';
import { MAX_FILES } from '../permissions';
import type { HelpRequest, LocalFile } from '../types';
import { AttachmentGrid } from './attachment-grid';

interface Props {
  kase: HelpRequest;
  /** The member's own page adds files; the handlers' page only reads. */
  canAdd?: boolean;
  onUploaded?: () => unknown;
}

/**
 * Uploads picked files one by one and says how many went through: a refused file (wrong type, too
 * large, one too many) leaves the others in place, and the server's reason is shown.
 */
export async function uploadAll(caseId: number, files: LocalFile[]): Promise<number> {
  let sent = 0;
  for (const file of files) {
    try {
      await uploadAttachment(caseId, file);
      sent += 1;
    } catch (err) {
      showError(err);
    }
  }
  return sent;
}

/** The case's photos and PDFs; the member may add more while the case is open. */
export function CaseFiles({ kase, canAdd: adds = false, onUploaded }: Props) {
  // uploadAll never fails as a whole: each refused file has said why in a toast of its own.
  const upload = useAction(async (files: LocalFile[]) => {
    if (await uploadAll(kase.id, files)) await onUploaded?.();
  });
  const uploading = upload.busy;
  const room = MAX_FILES - kase.attachments.length;
  const add = async (pick: (count: number) => Promise<LocalFile[]>) => {
    let picked: LocalFile[];
    try {
      picked = await pick(room);
    } catch {
      return;
    }
    const large = tooLarge(picked);
    if (large.length) showInfo(`有 ${large.length} 个文件超过 10 MB`);
    await upload.run(picked.filter((f) => !large.includes(f)));
  };
  const canAdd = kase.canUpload && adds && !uploading;
  if (!kase.attachments.length && !kase.canUpload) return null;
  return (
    <CellGroup
      title={`照片和文件（${kase.attachments.length}/${MAX_FILES}）`}
      footer={uploading ? '正在上传…' : undefined}
    >
      <View className="help-block">
        {kase.attachments.length === 0 && !canAdd && <EmptyView text="没有附件" />}
        <AttachmentGrid
          tiles={kase.attachments.map((a) => ({
            key: a.id,
            kind: a.contentType === 'application/pdf' ? 'pdf' : 'image',
            src: attachmentUrl(a),
            name: a.fileName,
            onOpen: () => void openAttachment(a, kase.attachments).catch(showError),
          }))}
          onAdd={canAdd && room > 0 ? () => void add(choosePhotos) : undefined}
          addLabel="照片"
        />
        {canAdd && room > 0 && (
          <Text className="link-text help-block__pdf" onClick={() => void add(choosePdf)} {...a11y({ role: 'button' })}>
            添加 PDF 文件
          </Text>
        )}
      </View>
    </CellGroup>
  );
}
