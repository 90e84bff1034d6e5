import { Button, View } from '@tarojs/components'
import { useStatsCalendar } from '../../hooks/useStatsCalendar'
import { monthWeeks, type DayRange } from '../../utils/chinaDays'
import BottomSheet from '../BottomSheet'
import './index.scss'

interface Props {
  today: string
  initial: DayRange
  onPick: (range: DayRange) => void
  onClose: () => void
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']

/**
 * 自定义日期: a month calendar of China days built from views (WeChat's date
 * <picker> would put its template in the main package): tap the first day,
 * then the last, then 确定.
 */
export default function DayRangeSheet({ today, initial, onPick, onClose }: Props) {
  const calendar = useStatsCalendar(today, initial)
  const { month, from, to } = calendar
  const [year, monthNumber] = month.split('-').map(Number)

  const dayClass = (day: string) => {
    const inRange = from !== null && day >= from && day <= (to ?? from)
    const edge = day === from || day === to
    return [
      'day-range__day',
      calendar.selectable(day) ? '' : 'day-range__day--off',
      inRange ? 'day-range__day--in' : '',
      edge ? 'day-range__day--edge' : '',
    ]
      .filter(Boolean)
      .join(' ')
  }
  const picked = calendar.picked()

  return (
    <BottomSheet open onClose={onClose}>
      <View className='day-range__head'>
        <View className='day-range__step' onClick={calendar.previousMonth}>
          ‹
        </View>
        <View className='day-range__month'>
          {year}年{monthNumber}月
        </View>
        <View
          className={`day-range__step${calendar.canGoNext ? '' : ' day-range__step--off'}`}
          onClick={() => calendar.canGoNext && calendar.nextMonth()}
        >
          ›
        </View>
      </View>
      <View className='day-range__week day-range__week--names'>
        {WEEKDAYS.map((name) => (
          <View key={name} className='day-range__cell'>
            {name}
          </View>
        ))}
      </View>
      {monthWeeks(month).map((week, index) => (
        <View key={index} className='day-range__week'>
          {week.map((day, column) =>
            day ? (
              <View key={day} className={dayClass(day)} onClick={() => calendar.tap(day)}>
                {Number(day.slice(8))}
              </View>
            ) : (
              <View key={`pad-${column}`} className='day-range__cell' />
            ),
          )}
        </View>
      ))}
      <View className='day-range__summary'>
        {picked ? `${picked.from} 至 ${picked.to}，共 ${calendar.length} 天` : '点选开始日期和结束日期'}
        {calendar.limit && calendar.limit < today ? `（最多选到 ${calendar.limit}）` : ''}
      </View>
      <Button className='day-range__confirm' onClick={() => picked && onPick(picked)}>
        确定
      </Button>
    </BottomSheet>
  )
}
