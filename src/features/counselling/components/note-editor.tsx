import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, FormError, Loading, showSuccess, TextAreaField } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { getNote, saveNote } from '../api';
import { useAction } from '@/lib/use-action';

const NOTE_LIMIT = 5000;

/** The counsellor's private note: sealed on the server, readable by its author alone. */
export function NoteEditor({ appointmentId, editable }: { appointmentId: number; editable: boolean }) {
  const [text, setText] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const { isBusy, error, setError, run } = useAction();

  useEffect(() => {
    getNote(appointmentId).then(
      (note) => {
        setText(note.text ?? '');
        setSavedAt(note.updatedAt);
      },
      () => setError('笔记加载失败，请稍后再试'),
    );
  }, [appointmentId, setError]);

  const save = async () => {
    if (!text?.trim()) return setError('笔记不能为空');
    const saved = await run('save', () => saveNote(appointmentId, text));
    if (saved) {
      setSavedAt(saved.updatedAt);
      showSuccess('已保存');
    }
  };

  if (text === null) return error ? <FormError message={error} /> : <Loading />;
  return (
    <View className="cs-note" data-testid="note-editor">
      <View className="ui-field ui-field--vertical">
        <TextAreaField
          label="咨询笔记"
          hideLabel
          value={text}
          onInput={setText}
          maxLength={NOTE_LIMIT}
          placeholder={editable ? '只有您自己能看到这里写的内容' : '这条记录已去除身份信息，不能再写笔记'}
          disabled={!editable}
        />
        <Text className="ui-field__hint">{savedAt ? `上次保存 ${formatDateTime(savedAt)}` : '尚未保存'}</Text>
      </View>
      <FormError message={error} />
      {editable && (
        <View className="cs-actions">
          <Button loading={isBusy('save')} onClick={save} testId="note-save">
            保存笔记
          </Button>
        </View>
      )}
    </View>
  );
}
