import { Text, View } from '@tarojs/components';
import { Button, FormError } from '@/components';
import { useAction } from '@/lib/use-action';
import { ApiError } from '@/services/http';
import { deleteEvidence } from '../api';
import { choosePdf, choosePhotos, MAX_EVIDENCE_BYTES, openEvidence, uploadEvidence } from '../files';
import type { EvidenceFile, LocalFile, SelfAssessment, SelfItem } from '../types';
import './assessment.css';

const MAX_FILES = 9;
const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
const kindText = (file: EvidenceFile) => (file.contentType === 'application/pdf' ? 'PDF' : '照片');
/** A closed picker is not an error. */
const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));

interface Props {
  item: SelfItem;
  where: { roundId: number; schoolId: number };
  /** Only while the school may still change its self-assessment. */
  editable: boolean;
  onChange: (next: SelfAssessment) => void;
}

/** 佐证材料 of one item: photos and PDFs, opened by whoever may see the self-assessment. */
export function EvidenceFiles({ item, where, editable, onChange }: Props) {
  const at = { ...where, key: item.key };
  const add = useAction(async (pick: () => Promise<LocalFile[]>) => {
    let files: LocalFile[];
    try {
      files = await pick();
    } catch (error) {
      if (cancelled(error)) return;
      throw error;
    }
    if (files.length + item.files.length > MAX_FILES)
      throw new ApiError(
        'business',
        400,
        'LOCAL',
        `每条最多 ${MAX_FILES} 个文件，还能添加 ${MAX_FILES - item.files.length} 个`,
      );
    if (files.some((f) => f.size > MAX_EVIDENCE_BYTES))
      throw new ApiError('business', 400, 'LOCAL', '单个文件不能超过 10 MB，请压缩后再上传');
    for (const file of files) onChange(await uploadEvidence(at, file));
  });
  const open = useAction((file: EvidenceFile) => openEvidence(at, file));
  const remove = useAction(async (file: EvidenceFile) =>
    onChange(await deleteEvidence(where.roundId, where.schoolId, item.key, file.id)),
  );
  if (!editable && item.files.length === 0) return null;
  return (
    <View className="as-files" data-testid={`files-${item.key}`}>
      <View className="as-files__title">佐证材料{item.files.length ? `（${item.files.length} 个）` : ''}</View>
      {item.files.map((file) => (
        <View key={file.id} className="as-files__row" data-testid={`file-${file.id}`}>
          <View
            className="as-files__name"
            role="button"
            hoverClass="ui-cell--hover"
            aria-label={`${kindText(file)}${file.fileName} · ${sizeText(file.sizeBytes)}，点按查看`}
            onClick={() => void open.run(file)}
          >
            <Text className="as-files__kind">{kindText(file)}</Text>
            {file.fileName}
            <Text className="as-files__size"> · {sizeText(file.sizeBytes)}</Text>
          </View>
          {editable && (
            <Button
              size="small"
              type="warn"
              loading={remove.busy}
              label={`删除${file.fileName}`}
              onClick={() => void remove.run(file)}
              testId={`delete-file-${file.id}`}
            >
              删除
            </Button>
          )}
        </View>
      ))}
      {editable && (
        <View className="as-files__actions">
          <Button
            size="small"
            loading={add.busy}
            label={`为「${item.title}」添加照片`}
            onClick={() => void add.run(() => choosePhotos(MAX_FILES - item.files.length))}
            testId={`add-photo-${item.key}`}
          >
            添加照片
          </Button>
          <Button
            size="small"
            loading={add.busy}
            label={`为「${item.title}」添加 PDF 文件`}
            onClick={() => void add.run(choosePdf)}
            testId={`add-pdf-${item.key}`}
          >
            添加 PDF
          </Button>
        </View>
      )}
      {editable && (
        <View className="as-row__meta">选好即上传，不用再点保存。照片或 PDF，每个不超过 10 MB，每条最多 9 个。</View>
      )}
      <FormError message={add.error ?? remove.error ?? open.error} />
    </View>
  );
}
