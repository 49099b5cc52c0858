import { parentPort, workerData } from 'node:worker_threads'
import { segmentDocument, type SegmentInput } from './segmentText'
import { createTokenizer } from './tokenizer'

const tokenizer = createTokenizer({ customWords: (workerData as { customWords: string[] }).customWords })

parentPort?.on('message', (message: { id: number; inputs: SegmentInput[] }) => {
  parentPort?.postMessage({ id: message.id, outputs: message.inputs.map((input) => segmentDocument(tokenizer, input)) })
})
parentPort?.postMessage({ ready: true })
