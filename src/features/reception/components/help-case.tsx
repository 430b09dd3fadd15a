import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Picker, Switch, View } from '@tarojs/components'
import { Cell, CellGroup, FormField } from '../../../components'
import { ROUTES, withQuery } from '../../../lib/routes'
import { listHelpCategories } from '../api'
import type { HelpCategory } from '../types'
import { PickerRow } from './picker-row'
import { COLORS } from '../../../lib/colors'
import './forms.css'

export interface HelpCaseChoice {
  requested: boolean
  categoryId?: number
  note: string
}

interface FieldsProps {
  value: HelpCaseChoice
  onChange: (next: HelpCaseChoice) => void
}

/**
 * 转困难帮扶 in the 登记 form: the switch, then the help category and a note for the handlers.
 * Saving opens the case in 困难帮扶, where staff accept it and the member follows it.
 */
export function HelpCaseFields({ value, onChange }: FieldsProps) {
  const [categories, setCategories] = useState<HelpCategory[]>([])
  // The categories are asked for once, the first time the switch is on (again only after a failure).
  const asked = useRef(false)
  useEffect(() => {
    if (!value.requested || asked.current) return
    asked.current = true
    listHelpCategories()
      .then((all) => setCategories(all.filter((c) => c.active)))
      .catch(() => {
        asked.current = false
        setCategories([])
      })
  }, [value.requested])
  const chosen = categories.find((c) => c.id === value.categoryId)
  return (
    <View>
      <FormField label='转困难帮扶'>
        <View className='reception-form__switch'>
          <Switch color={COLORS.brandStrong} checked={value.requested} onChange={(e) => onChange({ ...value, requested: e.detail.value })} data-testid='help-case-switch' />
        </View>
      </FormField>
      {value.requested && (
        <View>
          <Picker mode='selector' range={categories.map((c) => c.name)} value={Math.max(0, categories.indexOf(chosen!))}
            onChange={(e) => onChange({ ...value, categoryId: categories[Number(e.detail.value)]?.id })}>
            <PickerRow label='帮扶类别' text={chosen?.name ?? '其他（点此选择）'} />
          </Picker>
          <FormField label='给经办人'>
            <Input className='ui-input' placeholderClass='ui-input-placeholder' placeholder='内部说明，会员看不到（选填）'
              maxlength={200} value={value.note} onInput={(e) => onChange({ ...value, note: e.detail.value })} />
          </FormField>
          <View className='reception-form__tip'>保存后为会员登记一件求助，由工会干事受理；会员可在「困难帮扶」中查看进展。</View>
        </View>
      )}
    </View>
  )
}

/** The help case a visit became: officers open the handling page, the member their own view. */
export function HelpCaseLink({ id, asMember }: { id: number; asMember?: boolean }) {
  const open = () => void Taro.navigateTo({ url: withQuery(asMember ? ROUTES.helpDetail : ROUTES.helpCase, { id }) })
  return (
    <CellGroup title='困难帮扶'>
      <Cell title='已转为困难帮扶求助' label={asMember ? '工会将按求助流程办理并答复您' : '在困难帮扶中受理、办理'} value='查看进展' arrow onClick={open} testId='help-case-link' />
    </CellGroup>
  )
}
