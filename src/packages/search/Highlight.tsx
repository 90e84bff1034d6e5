import { Text } from '@tarojs/components'
import { highlightParts } from '../../utils/searchQuery'

interface Props {
  text: string
  query: string
}

/** The words of the query in the brand colour, as WeChat's own search shows a match. */
export default function Highlight({ text, query }: Props) {
  return (
    <>
      {highlightParts(text, query).map((part, index) => (
        <Text key={index} className={part.hit ? 'search-hit' : undefined}>
          {part.text}
        </Text>
      ))}
    </>
  )
}
