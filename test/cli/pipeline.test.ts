import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {readLines} from '../../src/cli/io.js'
import {runPipeline} from '../../src/cli/pipeline.js'

/** Resolve after a number of turns of the event loop. */
const turns = async (count: number): Promise<void> => {
  for (let index = 0; index < count; index++) await new Promise((resolve) => setImmediate(resolve))
}

async function* numbers(count: number): AsyncGenerator<number> {
  for (let index = 0; index < count; index++) yield index
}

describe('runPipeline', () => {
  it('hands results to the sink in input order when batches finish out of order', async () => {
    const seen: number[] = []
    const sizes: number[] = []
    await runPipeline<number, number>({
      source: numbers(50),
      // Later batches finish first.
      run: async (items) => {
        await turns(20 - (items[0]! % 20))
        return items.map((item) => item * 2)
      },
      sink: async (results) => {
        sizes.push(results.length)
        seen.push(...results)
      },
      maxItems: 7,
      maxInFlight: 4
    })
    expect(seen).toEqual(Array.from({length: 50}, (_, index) => index * 2))
    expect(sizes).toEqual([7, 7, 7, 7, 7, 7, 7, 1])
  })

  it('never has more than maxInFlight batches pending (reading waits)', async () => {
    let pending = 0
    let most = 0
    let read = 0
    async function* counted(): AsyncGenerator<number> {
      for (let index = 0; index < 200; index++) {
        read++
        yield index
      }
    }
    await runPipeline<number, number>({
      source: counted(),
      run: async (items) => {
        pending++
        most = Math.max(most, pending)
        await turns(3)
        pending--
        return items
      },
      sink: async () => {
        // A slow writer: the reader must not run ahead of it by more than the bound.
        await turns(2)
      },
      maxItems: 5,
      maxInFlight: 3
    })
    expect(read).toBe(200)
    expect(most).toBeLessThanOrEqual(3)
  })

  it('cuts batches by weight as well as by count', async () => {
    const sizes: number[] = []
    await runPipeline<string, string>({
      source: (async function* () {
        yield* ['aaaa', 'b', 'cccccccccc', 'd', 'e']
      })(),
      run: async (items) => items,
      sink: async (results) => {
        sizes.push(results.length)
      },
      maxItems: 100,
      weight: (item) => item.length,
      maxWeight: 5,
      maxInFlight: 2
    })
    expect(sizes).toEqual([2, 1, 2])
  })

  it('stops when the sink says so, and calls onStop', async () => {
    const seen: number[] = []
    let stops = 0
    const result = await runPipeline<number, number>({
      source: numbers(1000),
      run: async (items) => items,
      sink: async (results) => {
        seen.push(...results)
        return !results.includes(12)
      },
      maxItems: 5,
      maxInFlight: 2,
      onStop: () => stops++
    })
    expect(result.stopped).toBe(true)
    expect(seen).toEqual(Array.from({length: 15}, (_, index) => index))
    expect(stops).toBe(1)
  })

  it('sends a partial batch when the source goes quiet, so a slow producer gets its results', async () => {
    // The source waits for the first result before it gives the second item: without the
    // idle flush this run would never end.
    let delivered: (() => void) | undefined
    const firstResult = new Promise<void>((resolve) => (delivered = resolve))
    const seen: string[] = []
    await runPipeline<string, string>({
      source: (async function* () {
        yield 'first'
        await firstResult
        yield 'second'
      })(),
      run: async (items) => items,
      sink: async (results) => {
        seen.push(...results)
        delivered!()
      },
      maxItems: 100,
      maxInFlight: 2,
      idleMs: 5
    })
    expect(seen).toEqual(['first', 'second'])
  })

  it('rejects with the error of a batch', async () => {
    await expect(
      runPipeline<number, number>({
        source: numbers(20),
        run: async (items) => {
          if (items.includes(10)) throw new Error('boom')
          return items
        },
        sink: async () => {},
        maxItems: 4,
        maxInFlight: 2
      })
    ).rejects.toThrow('boom')
  })
})

describe('readLines', () => {
  const lines = async (chunks: Array<string | Buffer>): Promise<string[]> => {
    const out: string[] = []
    for await (const line of readLines(Readable.from(chunks, {objectMode: false}))) out.push(line)
    return out
  }

  it('splits on line feeds across chunks, dropping a carriage return before them', async () => {
    expect(await lines(['a\r\nb', 'b\nc', 'c', 'c\n'])).toEqual(['a', 'bb', 'ccc'])
  })

  it('keeps a last line without a break, and blank lines', async () => {
    expect(await lines(['x\n\n', 'y'])).toEqual(['x', '', 'y'])
    expect(await lines([])).toEqual([])
  })

  it('decodes UTF-8 split between chunks', async () => {
    const bytes = Buffer.from('é🙂\n')
    expect(await lines([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)])).toEqual(['é🙂'])
  })
})
