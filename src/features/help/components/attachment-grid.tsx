import { Image, Text, View } from '@tarojs/components';
import { a11y } from '@/components';
import './attachment-grid.css';

export interface Tile {
  key: string | number;
  kind: 'image' | 'pdf';
  /** An image's source: a local path or a temporary link. */
  src?: string;
  name?: string;
  onOpen?: () => void;
  onRemove?: () => void;
}

interface Props {
  tiles: Tile[];
  /** Shown as the last tile while more may be added. */
  onAdd?: () => void;
  addLabel?: string;
}

/** Photos as square thumbnails, PDFs as a document tile; an add tile at the end. */
export function AttachmentGrid({ tiles, onAdd, addLabel = '添加' }: Props) {
  return (
    <View className="help-files" data-testid="help-files">
      {tiles.map((tile) => (
        <View
          key={tile.key}
          className="help-files__tile"
          onClick={tile.onOpen}
          data-testid="help-file"
          {...a11y({ role: 'button' })}
        >
          {tile.kind === 'image' ? (
            <Image className="help-files__image" src={tile.src ?? ''} mode="aspectFill" />
          ) : (
            <View className="help-files__doc">
              <Text className="help-files__doc-mark">PDF</Text>
              <Text className="help-files__doc-name">{tile.name ?? '文件'}</Text>
            </View>
          )}
          {tile.onRemove && (
            <View
              className="help-files__remove"
              onClick={(e) => {
                e.stopPropagation();
                tile.onRemove?.();
              }}
              data-testid="help-file-remove"
              {...a11y({ role: 'button', label: '删除这个附件' })}
            >
              ×
            </View>
          )}
        </View>
      ))}
      {onAdd && (
        <View
          className="help-files__tile help-files__add"
          hoverClass="help-files__add--hover"
          onClick={onAdd}
          data-testid="help-file-add"
          {...a11y({ role: 'button' })}
        >
          <Text className="help-files__plus">+</Text>
          <Text className="help-files__add-label">{addLabel}</Text>
        </View>
      )}
    </View>
  );
}
