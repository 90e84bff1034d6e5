import { View } from '@tarojs/components'
import './index.scss'

interface StatsRow {
  key: string
  /** The first cell names the row; the others are counts. */
  cells: [string, ...number[]]
  /** Opens the row's detail; the row then reads as a link. */
  onTap?: () => void
}

interface Props {
  columns: string[]
  rows: StatsRow[]
  /** Said instead of the rows when there are none. */
  empty: string
}

// A class rather than :first-child, which WXSS does not promise.
const cellClass = (column: number) => `stats-table__cell${column === 0 ? ' stats-table__cell--name' : ''}`

/** A small WeUI-style table: a name, then counts aligned on the right. */
export default function StatsTable({ columns, rows, empty }: Props) {
  return (
    <View className='stats-table'>
      <View className='stats-table__row stats-table__row--head'>
        {columns.map((column, i) => (
          <View key={column} className={cellClass(i)}>
            {column}
          </View>
        ))}
      </View>
      {rows.length === 0 && <View className='stats-table__empty'>{empty}</View>}
      {rows.map(({ key, cells, onTap }) => (
        <View key={key} className={`stats-table__row${onTap ? ' stats-table__row--link' : ''}`} onClick={onTap}>
          {cells.map((cell, i) => (
            <View key={i} className={cellClass(i)}>
              {cell}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
