import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup, FormError, showError, TextAreaField } from '@/components';
import { createClubAnnouncement } from '../api';
import { chooseClubPhotos, uploadClubPhoto } from '../files';
import type { PickedImage } from '../types';
import { useAction } from '@/lib/use-action';
import { PhotoGrid } from './photo-grid';
import './clubs.css';

const MAX_PHOTOS = 9;

interface Props {
  clubId: number;
  /** `checking`: some photos wait for WeChat's content check before members see them. */
  onPosted: (checking: boolean) => void;
}

/** 发布公告: text and up to nine photos; photos are uploaded on sending, then the announcement is posted. */
export function AnnouncementForm({ clubId, onPosted }: Props) {
  const [body, setBody] = useState('');
  const [photos, setPhotos] = useState<PickedImage[]>([]);
  const { busy: saving, error, setError, run } = useAction();

  const pick = async () => {
    try {
      const paths = await chooseClubPhotos(MAX_PHOTOS - photos.length);
      setPhotos((p) => [...p, ...paths.map((path) => ({ path }))].slice(0, MAX_PHOTOS));
    } catch (err) {
      // Closing the album is not an error.
      if (!/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? ''))) showError(err);
    }
  };

  const submit = async () => {
    if (!body.trim()) return setError('请写下公告内容');
    await run('post', async () => {
      const uploaded: PickedImage[] = [];
      for (const photo of photos)
        uploaded.push(photo.url ? photo : { ...photo, ...(await uploadClubPhoto(clubId, photo.path)) });
      setPhotos(uploaded);
      await createClubAnnouncement(
        clubId,
        body.trim(),
        uploaded.map((p) => p.url!),
      );
      onPosted(uploaded.some((p) => p.status === 'checking'));
    });
  };

  return (
    <View data-testid="announcement-form">
      <CellGroup title="公告" footer="社团成员会在社团页面看到。文字和图片会经过内容安全检查。">
        <TextAreaField
          label="内容"
          value={body}
          onInput={setBody}
          maxLength={2000}
          placeholder="如：本周三活动照常，16:30 乒乓球室见"
          className="clubs-textarea clubs-textarea--tall"
          testId="announcement-body"
        />
        <View className="clubs-label">图片（选填，最多 {MAX_PHOTOS} 张）</View>
        <View className="clubs-photo-field">
          <PhotoGrid
            local
            sources={photos.map((p) => p.path)}
            onAdd={() => void pick()}
            max={MAX_PHOTOS}
            onRemove={(index) => setPhotos((p) => p.filter((_, i) => i !== index))}
          />
        </View>
      </CellGroup>
      <FormError message={error} />
      <View className="clubs-actions">
        <Button type="primary" loading={saving} onClick={() => void submit()} testId="announcement-submit">
          发布公告
        </Button>
      </View>
    </View>
  );
}
